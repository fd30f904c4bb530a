import type { Actor, EventEnvelope } from '@tianfu/contracts';
import type { CommandContext } from '@tianfu/eventstore';
import type { FastifyRequest } from 'fastify';
import { requirePrincipal } from '../auth/authorize.ts';
import type { Principal } from '../auth/principal.ts';
import { ifMatchRevision } from './preconditions.ts';

/** Who sends a command: its events' actor and ids, and the client's If-Match revision when it sent one. */
export type Caller = CommandContext;

/** A command sent over HTTP: the token's principal too, for role and ownership checks. */
export interface RequestCaller extends Caller {
  readonly principal: Principal;
}

export interface CallerOptions {
  /** Read `If-Match: "<revision>"` (our ETags): set on routes that give out ETags. */
  readonly ifMatch?: boolean;
}

export function callerOf(request: FastifyRequest, options: CallerOptions = {}): RequestCaller {
  const principal = requirePrincipal(request);
  const expectedRevision = options.ifMatch === true ? ifMatchRevision(request) : undefined;
  return {
    principal,
    actor: { kind: 'user', id: principal.sub },
    correlationId: request.correlationId,
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
  };
}

/** A service acting on its own, e.g. a policy reacting to another service's event. */
export const serviceActor = (service: string): Actor => ({ kind: 'service', id: service });

/** A policy's command, caused by `event` and in its correlation. */
export const serviceCaller = (service: string, event: Pick<EventEnvelope, 'eventId' | 'correlationId'>): Caller => ({
  actor: serviceActor(service),
  correlationId: event.correlationId,
  causationId: event.eventId,
});
