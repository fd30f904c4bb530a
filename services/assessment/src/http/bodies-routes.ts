import type { CommandContext, EventStore } from '@tianfu/eventstore';
import { authorize, requirePrincipal } from '@tianfu/service-kit';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { executeBodyCommand, loadBody } from '../application/body-commands.ts';
import { BodyParamsSchema, BodyViewSchema, RegisterBodySchema, StatusChangeSchema } from './body-schemas.ts';

export interface BodiesRoutesOptions {
  readonly store: EventStore;
  readonly clock: () => Date;
}

// The provincial authority (人社厅) registers and supervises bodies (domain.md §2.1).
const authorityOnly = authorize({ roles: ['admin'] });

function commandContext(request: FastifyRequest): CommandContext {
  const principal = requirePrincipal(request);
  return { actor: { kind: 'user', id: principal.sub }, correlationId: request.correlationId };
}

const bodiesRoutes: FastifyPluginAsyncZod<BodiesRoutesOptions> = async (app, { store, clock }) => {
  const statusChange = { params: BodyParamsSchema, body: StatusChangeSchema, response: { 200: BodyViewSchema } };

  app.post(
    '/v1/bodies',
    { schema: { body: RegisterBodySchema, response: { 201: BodyViewSchema } }, preHandler: authorityOnly },
    async (request, reply) => {
      const data = { ...request.body, registeredAt: clock().toISOString() };
      const view = await executeBodyCommand(store, { type: 'RegisterBody', data }, commandContext(request));
      return reply.code(201).send(view);
    },
  );

  app.post('/v1/bodies/:bodyId/suspend', { schema: statusChange, preHandler: authorityOnly }, async (request) => {
    const data = { bodyId: request.params.bodyId, reason: request.body.reason, at: clock().toISOString() };
    return executeBodyCommand(store, { type: 'SuspendBody', data }, commandContext(request));
  });

  app.post('/v1/bodies/:bodyId/reinstate', { schema: statusChange, preHandler: authorityOnly }, async (request) => {
    const data = { bodyId: request.params.bodyId, reason: request.body.reason, at: clock().toISOString() };
    return executeBodyCommand(store, { type: 'ReinstateBody', data }, commandContext(request));
  });

  app.get(
    '/v1/bodies/:bodyId',
    { schema: { params: BodyParamsSchema, response: { 200: BodyViewSchema } } },
    (request) => loadBody(store, request.params.bodyId),
  );
};

export default bodiesRoutes;
