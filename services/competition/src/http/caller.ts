import { authorize, requirePrincipal } from '@tianfu/service-kit';
import type { FastifyRequest } from 'fastify';
import type { Caller } from '../application/command-context.ts';

/** Who sent a command, for the ownership check, the events' actor and correlation id. */
export const callerOf = (request: FastifyRequest): Caller => ({
  principal: requirePrincipal(request),
  correlationId: request.correlationId,
});

/** Every competition route is the organiser's (or admin's); whose competition it is, the commands check. */
export const organiserOnly = authorize({ roles: ['competition-organiser'] });
