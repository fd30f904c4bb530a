import { authorize, badRequest, callerOf, requirePrincipal, setEtag, withPrecondition } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listedBody } from '../application/session-access.ts';
import type { SessionCommands } from '../application/session-commands.ts';
import { decodeSessionCursor, encodeSessionCursor } from '../application/session-cursor.ts';
import type { SessionIndex } from '../application/session-index.ts';
import {
  AmendSessionSchema,
  ScheduleSessionSchema,
  SessionListQuerySchema,
  SessionPageSchema,
  SessionParamsSchema,
  SessionViewSchema,
} from './session-schemas.ts';
import { sessionView } from './session-views.ts';

export interface SessionRoutesOptions {
  readonly sessions: SessionCommands;
  readonly sessionIndex: SessionIndex;
}

// Bodies run their own sessions; the authority may act on any (docs/domain.md §2.1).
const bodyOrAuthority = authorize({ roles: ['assessment-body'] });

const sessionRoutes: FastifyPluginAsyncZod<SessionRoutesOptions> = async (app, { sessions, sessionIndex }) => {
  app.get(
    '/v1/sessions',
    {
      schema: {
        operationId: 'listSessions',
        summary: "List a body's exam sessions, newest first",
        tags: ['sessions'],
        querystring: SessionListQuerySchema,
        response: { 200: SessionPageSchema },
      },
      preHandler: bodyOrAuthority,
    },
    async (request) => {
      const { after, bodyId, ...query } = request.query;
      const position = after === undefined ? undefined : decodeSessionCursor(after);
      if (position === null) throw badRequest('after must be the `next` of an earlier page', { field: 'after' });
      const listed = listedBody(requirePrincipal(request), bodyId);
      const page = await sessionIndex.list({ ...query, bodyId: listed, after: position });
      return { items: page.items, next: page.next === null ? null : encodeSessionCursor(page.next) };
    },
  );

  app.post(
    '/v1/sessions',
    {
      schema: {
        operationId: 'scheduleSession',
        summary: 'Schedule an exam session',
        tags: ['sessions'],
        body: ScheduleSessionSchema,
        response: { 201: SessionViewSchema },
      },
      preHandler: bodyOrAuthority,
    },
    async (request, reply) => {
      const { session, revision } = await sessions.schedule(request.body, callerOf(request, { ifMatch: true }));
      return setEtag(reply, revision).code(201).send(sessionView(session, revision));
    },
  );

  app.get(
    '/v1/sessions/:sessionId',
    {
      schema: {
        operationId: 'getSession',
        summary: 'Read an exam session',
        tags: ['sessions'],
        params: SessionParamsSchema,
        response: { 200: SessionViewSchema },
      },
      preHandler: bodyOrAuthority,
    },
    async (request, reply) => {
      const { session, revision } = await sessions.load(request.params.sessionId, callerOf(request, { ifMatch: true }));
      return setEtag(reply, revision).send(sessionView(session, revision));
    },
  );

  app.patch(
    '/v1/sessions/:sessionId',
    {
      schema: {
        operationId: 'amendSession',
        summary: 'Amend an exam session (venue, date, staff)',
        tags: ['sessions'],
        params: SessionParamsSchema,
        body: AmendSessionSchema,
        response: { 200: SessionViewSchema },
      },
      preHandler: bodyOrAuthority,
    },
    async (request, reply) => {
      const caller = callerOf(request, { ifMatch: true });
      const { session, revision } = await withPrecondition(caller, () =>
        sessions.amend(request.params.sessionId, request.body, caller),
      );
      return setEtag(reply, revision).send(sessionView(session, revision));
    },
  );

  app.post(
    '/v1/sessions/:sessionId/close',
    {
      schema: {
        operationId: 'closeSession',
        summary: 'Close an exam session',
        tags: ['sessions'],
        params: SessionParamsSchema,
        response: { 200: SessionViewSchema },
      },
      preHandler: bodyOrAuthority,
    },
    async (request, reply) => {
      const caller = callerOf(request, { ifMatch: true });
      const { session, revision } = await withPrecondition(caller, () =>
        sessions.close(request.params.sessionId, caller),
      );
      return setEtag(reply, revision).send(sessionView(session, revision));
    },
  );
};

export default sessionRoutes;
