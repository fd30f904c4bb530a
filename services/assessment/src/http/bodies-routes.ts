import { RegisterBodySchema } from '@tianfu/contracts';
import { authorize, callerOf, setEtag, withPrecondition } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { BodyCommands, BodyRequest } from '../application/body-commands.ts';
import { BodyParamsSchema, BodyViewSchema, FileOccupationSchema, StatusChangeSchema } from './body-schemas.ts';

export interface BodiesRoutesOptions {
  readonly bodies: BodyCommands;
  readonly clock: () => Date;
}

// The provincial authority (人社厅) registers, files and supervises bodies (docs/domain.md §2.1).
const authorityOnly = authorize({ roles: ['admin'] });
// A body's record carries the supervision reason, which is the authority's and the body's own; the
// public reads the directory, which leaves it out.
const authorityOrOwnBody = authorize({
  roles: ['assessment-body'],
  scope: (principal, request) => principal.bodyId === (request.params as { bodyId: string }).bodyId,
});

const bodiesRoutes: FastifyPluginAsyncZod<BodiesRoutesOptions> = async (app, { bodies, clock }) => {
  const now = () => clock().toISOString();
  const statusChange = { params: BodyParamsSchema, body: StatusChangeSchema, response: { 200: BodyViewSchema } };

  const execute = (request: Parameters<typeof callerOf>[0], command: BodyRequest) => {
    const caller = callerOf(request, { ifMatch: true });
    return withPrecondition(caller, () => bodies.execute(command, caller));
  };

  app.post(
    '/v1/bodies',
    {
      schema: {
        operationId: 'registerBody',
        summary: 'Register an evaluation body (评价机构)',
        tags: ['bodies'],
        body: RegisterBodySchema,
        response: { 201: BodyViewSchema },
      },
      preHandler: authorityOnly,
    },
    async (request, reply) => {
      const view = await execute(request, { type: 'RegisterBody', data: { ...request.body, registeredAt: now() } });
      return setEtag(reply, view.revision).code(201).send(view);
    },
  );

  // Supervision (docs/domain.md §2.1): the same shape both ways, with a reason.
  const statusRoutes = [
    ['suspend', 'SuspendBody', 'Suspend an evaluation body (read only until reinstated)'],
    ['reinstate', 'ReinstateBody', 'Reinstate a suspended evaluation body'],
  ] as const;
  for (const [action, type, summary] of statusRoutes) {
    app.post(
      `/v1/bodies/:bodyId/${action}`,
      {
        schema: { operationId: `${action}Body`, summary, tags: ['bodies'], ...statusChange },
        preHandler: authorityOnly,
      },
      async (request, reply) => {
        const data = { bodyId: request.params.bodyId, reason: request.body.reason, at: now() };
        const view = await execute(request, { type, data });
        return setEtag(reply, view.revision).send(view);
      },
    );
  }

  app.put(
    '/v1/bodies/:bodyId/occupations/:occupationCode',
    {
      schema: {
        operationId: 'fileOccupation',
        summary: 'File an occupation and its levels for a body',
        tags: ['bodies'],
        params: FileOccupationSchema.params,
        body: FileOccupationSchema.body,
        response: { 200: BodyViewSchema },
      },
      preHandler: authorityOnly,
    },
    async (request, reply) => {
      const { bodyId, occupationCode } = request.params;
      const data = { bodyId, occupationCode, ...request.body, filedAt: now() };
      const view = await execute(request, { type: 'FileOccupation', data });
      return setEtag(reply, view.revision).send(view);
    },
  );

  app.post(
    '/v1/bodies/:bodyId/occupations/:occupationCode/withdraw',
    {
      schema: {
        operationId: 'withdrawOccupation',
        summary: "Withdraw a body's occupation filing",
        tags: ['bodies'],
        params: FileOccupationSchema.params,
        body: StatusChangeSchema,
        response: { 200: BodyViewSchema },
      },
      preHandler: authorityOnly,
    },
    async (request, reply) => {
      const { bodyId, occupationCode } = request.params;
      const data = { bodyId, occupationCode, reason: request.body.reason, withdrawnAt: now() };
      const view = await execute(request, { type: 'WithdrawFiling', data });
      return setEtag(reply, view.revision).send(view);
    },
  );

  app.get(
    '/v1/bodies/:bodyId',
    {
      schema: {
        operationId: 'getBody',
        summary: 'Read an evaluation body with its supervision record',
        tags: ['bodies'],
        params: BodyParamsSchema,
        response: { 200: BodyViewSchema },
      },
      preHandler: authorityOrOwnBody,
    },
    async (request, reply) => {
      const view = await bodies.load(request.params.bodyId);
      return setEtag(reply, view.revision).send(view);
    },
  );
};

export default bodiesRoutes;
