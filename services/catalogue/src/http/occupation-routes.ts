import { authorize } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CatalogueCommands, CatalogueResult } from '../application/catalogue-commands.ts';
import { callerOf, setEtag } from './caller.ts';
import { OccupationViewSchema, occupationView } from './catalogue-views.ts';
import {
  AddOccupationSchema,
  AddStandardSchema,
  AmendOccupationSchema,
  AmendStandardSchema,
  OccupationParamsSchema,
  RetireSchema,
  StandardParamsSchema,
  SupersedeSchema,
} from './entry-schemas.ts';

export interface OccupationRoutesOptions {
  readonly catalogue: CatalogueCommands;
}

const admin = authorize({ roles: ['admin'] });

/** The occupation as the command left it, with its standards. */
const viewOf = (result: CatalogueResult, code: string) => {
  const occupation = result.state.occupations.get(code);
  if (occupation === undefined) throw new Error(`occupation ${code} vanished after a command on it`);
  return occupationView(result.state, occupation);
};

/** The authority adds, amends and retires occupations and their standard versions, one at a time. */
const occupationRoutes: FastifyPluginAsyncZod<OccupationRoutesOptions> = async (app, { catalogue }) => {
  const created = { 201: OccupationViewSchema };
  const ok = { 200: OccupationViewSchema };

  app.post(
    '/v1/catalogue/occupations',
    { schema: { body: AddOccupationSchema, response: created }, preHandler: admin },
    async (request, reply) => {
      const { reason, ...occupation } = request.body;
      const entry = { entity: 'occupation' as const, ...occupation };
      const result = await catalogue.run({ type: 'Add', data: { entry, reason } }, callerOf(request));
      return setEtag(reply, result.revision).code(201).send(viewOf(result, occupation.code));
    },
  );

  app.put(
    '/v1/catalogue/occupations/:code',
    { schema: { params: OccupationParamsSchema, body: AmendOccupationSchema, response: ok }, preHandler: admin },
    async (request, reply) => {
      const data = { ...request.body, code: request.params.code };
      const result = await catalogue.run({ type: 'AmendOccupation', data }, callerOf(request));
      return setEtag(reply, result.revision).send(viewOf(result, data.code));
    },
  );

  app.post(
    '/v1/catalogue/occupations/:code/retire',
    { schema: { params: OccupationParamsSchema, body: RetireSchema, response: ok }, preHandler: admin },
    async (request, reply) => {
      const data = { ...request.body, code: request.params.code };
      const result = await catalogue.retireOccupation(data, callerOf(request));
      return setEtag(reply, result.revision).send(viewOf(result, data.code));
    },
  );

  app.post(
    '/v1/catalogue/occupations/:code/standards',
    { schema: { params: OccupationParamsSchema, body: AddStandardSchema, response: created }, preHandler: admin },
    async (request, reply) => {
      const { reason, ...standard } = request.body;
      const entry = { entity: 'standard' as const, ...standard, occupationCode: request.params.code };
      const result = await catalogue.run({ type: 'Add', data: { entry, reason } }, callerOf(request));
      return setEtag(reply, result.revision).code(201).send(viewOf(result, request.params.code));
    },
  );

  app.put(
    '/v1/catalogue/occupations/:code/standards/:version',
    { schema: { params: StandardParamsSchema, body: AmendStandardSchema, response: ok }, preHandler: admin },
    async (request, reply) => {
      const data = { ...request.body, occupationCode: request.params.code, version: request.params.version };
      const result = await catalogue.run({ type: 'AmendStandard', data }, callerOf(request));
      return setEtag(reply, result.revision).send(viewOf(result, request.params.code));
    },
  );

  app.post(
    '/v1/catalogue/occupations/:code/standards/:version/supersede',
    { schema: { params: StandardParamsSchema, body: SupersedeSchema, response: ok }, preHandler: admin },
    async (request, reply) => {
      const data = { ...request.body, occupationCode: request.params.code, version: request.params.version };
      const result = await catalogue.run({ type: 'SupersedeStandard', data }, callerOf(request));
      return setEtag(reply, result.revision).send(viewOf(result, request.params.code));
    },
  );

  app.post(
    '/v1/catalogue/occupations/:code/standards/:version/retire',
    { schema: { params: StandardParamsSchema, body: RetireSchema, response: ok }, preHandler: admin },
    async (request, reply) => {
      const data = { ...request.body, occupationCode: request.params.code, version: request.params.version };
      const result = await catalogue.retireStandard(data, callerOf(request));
      return setEtag(reply, result.revision).send(viewOf(result, request.params.code));
    },
  );
};

export default occupationRoutes;
