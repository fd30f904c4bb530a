import { requirePrincipal } from '@tianfu/service-kit';
import type { FastifyRequest } from 'fastify';
import type { Caller } from '../application/talent-commands.ts';

/** Who sent a command, for the events' actor and correlation id. */
export const callerOf = (request: FastifyRequest): Caller => ({
  actor: { kind: 'user', id: requirePrincipal(request).sub },
  correlationId: request.correlationId,
});
