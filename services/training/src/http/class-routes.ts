import { FileClassSchema, FilePastClassSchema } from '@tianfu/contracts';
import { callerOf } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ClassCommands } from '../application/class-commands.ts';
import { classView } from '../application/class-view.ts';
import { classReaders, officeOnly, providerOrOffice } from './access.ts';
import { ClassListSchema, ClassParamsSchema, ClassViewSchema, ProviderParamsSchema } from './training-schemas.ts';

export interface ClassRoutesOptions {
  readonly classes: ClassCommands;
}

/** A provider's classes: filed before they start (or late by the office), listed, read one by one (docs/domain.md §7.1). */
const classRoutes: FastifyPluginAsyncZod<ClassRoutesOptions> = async (app, { classes }) => {
  app.post(
    '/v1/providers/:providerId/classes',
    {
      schema: {
        operationId: 'fileClass',
        summary: 'File a class before it starts',
        tags: ['classes'],
        params: ProviderParamsSchema,
        body: FileClassSchema,
        response: { 201: ClassViewSchema },
      },
      preHandler: providerOrOffice,
    },
    async (request, reply) => {
      const record = await classes.file(request.params.providerId, request.body, callerOf(request));
      return reply.code(201).send(classView(record));
    },
  );

  app.post(
    '/v1/providers/:providerId/past-classes',
    {
      schema: {
        operationId: 'filePastClass',
        summary: 'Record a class that already ran (补录), with the reason: the training office only',
        tags: ['classes'],
        params: ProviderParamsSchema,
        body: FilePastClassSchema,
        response: { 201: ClassViewSchema },
      },
      preHandler: officeOnly,
    },
    async (request, reply) => {
      const record = await classes.fileLate(request.params.providerId, request.body, callerOf(request));
      return reply.code(201).send(classView(record));
    },
  );

  app.get(
    '/v1/providers/:providerId/classes',
    {
      schema: {
        operationId: 'listProviderClasses',
        summary: "List a provider's classes, the latest-starting first",
        tags: ['classes'],
        params: ProviderParamsSchema,
        response: { 200: ClassListSchema },
      },
      preHandler: providerOrOffice,
    },
    async (request) => {
      const lines = await classes.list(request.params.providerId);
      return { items: lines.map(({ _id, ...line }) => line) };
    },
  );

  app.get(
    '/v1/classes/:classId',
    {
      schema: {
        operationId: 'getClass',
        summary: 'Read a class',
        tags: ['classes'],
        params: ClassParamsSchema,
        response: { 200: ClassViewSchema },
      },
      preHandler: classReaders,
    },
    async (request) => classView(await classes.load(request.params.classId, callerOf(request))),
  );
};

export default classRoutes;
