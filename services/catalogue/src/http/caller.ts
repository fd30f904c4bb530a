import { requirePrincipal } from '@tianfu/service-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../application/catalogue-commands.ts';

const etagPattern = /^(?:W\/)?"(\d{1,9})"$/;

/** Who sent a command, for the events' actor and correlation id, with the revision of `If-Match`. */
export function callerOf(request: FastifyRequest): Caller {
  const ifMatch = etagPattern.exec(String(request.headers['if-match'] ?? ''))?.[1];
  return {
    actor: { kind: 'user', id: requirePrincipal(request).sub },
    correlationId: request.correlationId,
    ...(ifMatch === undefined ? {} : { expectedRevision: Number(ifMatch) }),
  };
}

/** The catalogue's revision as ETag: any change to the catalogue changes it. */
export const setEtag = (reply: FastifyReply, revision: number): FastifyReply => reply.header('etag', `"${revision}"`);
