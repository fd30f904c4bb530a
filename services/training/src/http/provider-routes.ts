import { GradeProviderSchema, ProviderStatusChangeSchema, RegisterProviderSchema } from '@tianfu/contracts';
import { callerOf } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ProviderCommands } from '../application/provider-commands.ts';
import type { ProviderDirectory } from '../application/provider-directory.ts';
import { providerView } from '../application/provider-view.ts';
import { officeOnly, providerOrOffice } from './access.ts';
import {
  ProviderParamsSchema,
  ProviderRegisterPageSchema,
  ProviderViewSchema,
  RegisterQuerySchema,
} from './training-schemas.ts';

export interface ProviderRoutesOptions {
  readonly providers: ProviderCommands;
  readonly directory: ProviderDirectory;
  readonly clock: () => Date;
}

const statusRoutes = [
  ['suspend', 'SuspendProvider', 'suspendProvider', 'Suspend a provider: no new classes or enrolments'],
  ['reinstate', 'ReinstateProvider', 'reinstateProvider', 'List a suspended provider again'],
  ['remove', 'RemoveProvider', 'removeProvider', 'Remove a provider from the register for good (退出)'],
] as const;

/** The training office's register of providers, and a provider's own record (docs/domain.md §7.1). */
const providerRoutes: FastifyPluginAsyncZod<ProviderRoutesOptions> = async (app, { providers, directory, clock }) => {
  app.post(
    '/v1/providers',
    {
      schema: {
        operationId: 'registerProvider',
        summary: 'Register a training provider',
        tags: ['providers'],
        body: RegisterProviderSchema,
        response: { 201: ProviderViewSchema },
      },
      preHandler: officeOnly,
    },
    async (request, reply) => {
      const record = await providers.register(request.body, callerOf(request));
      return reply.code(201).send(providerView(record, clock()));
    },
  );

  app.get(
    '/v1/providers',
    {
      schema: {
        operationId: 'listProviders',
        summary: 'List the register’s providers, of every status or of one, with reasons and dates',
        tags: ['providers'],
        querystring: RegisterQuerySchema,
        response: { 200: ProviderRegisterPageSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => {
      const { documents, next } = await directory.register(request.query);
      const now = clock();
      return { items: documents.map((provider) => providerView({ provider, revision: provider.revision }, now)), next };
    },
  );

  app.get(
    '/v1/providers/:providerId',
    {
      schema: {
        operationId: 'getProvider',
        summary: "Read a provider's record",
        tags: ['providers'],
        params: ProviderParamsSchema,
        response: { 200: ProviderViewSchema },
      },
      preHandler: providerOrOffice,
    },
    async (request) => providerView(await providers.load(request.params.providerId), clock()),
  );

  app.post(
    '/v1/providers/:providerId/grades',
    {
      schema: {
        operationId: 'gradeProvider',
        summary: 'Record a provider’s grade (等级评估)',
        tags: ['providers'],
        params: ProviderParamsSchema,
        body: GradeProviderSchema,
        response: { 200: ProviderViewSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => {
      const record = await providers.grade(request.params.providerId, request.body, callerOf(request));
      return providerView(record, clock());
    },
  );

  for (const [path, type, operationId, summary] of statusRoutes) {
    app.post(
      `/v1/providers/:providerId/${path}`,
      {
        schema: {
          operationId,
          summary,
          tags: ['providers'],
          params: ProviderParamsSchema,
          body: ProviderStatusChangeSchema,
          response: { 200: ProviderViewSchema },
        },
        preHandler: officeOnly,
      },
      async (request) => {
        const { providerId } = request.params;
        const record = await providers.changeStatus(providerId, type, request.body.reason, callerOf(request));
        return providerView(record, clock());
      },
    );
  }
};

export default providerRoutes;
