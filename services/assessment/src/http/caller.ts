import { isConcurrencyError } from '@tianfu/eventstore';
import { badRequest, preconditionFailed, requirePrincipal } from '@tianfu/service-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../application/command-context.ts';

const etagPattern = /^(?:W\/)?"?(\d{1,9})"?$/;

/** The stream revision the client last read, from `If-Match: "<revision>"` (our ETags). */
function ifMatchRevision(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const match = etagPattern.exec(String(header).trim());
  if (match?.[1] === undefined)
    throw badRequest('If-Match must be an ETag this API gave out, e.g. "3"', { field: 'If-Match' });
  return Number(match[1]);
}

export function callerOf(request: FastifyRequest): Caller {
  const expectedRevision = ifMatchRevision(request);
  return {
    principal: requirePrincipal(request),
    correlationId: request.correlationId,
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
  };
}

/** A stale If-Match is 412; without one a lost race stays 409 (docs/contributing.md). */
export async function withPrecondition<T>(caller: Caller, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (caller.expectedRevision !== undefined && isConcurrencyError(error)) {
      throw preconditionFailed(`the resource is no longer at revision ${caller.expectedRevision}; read it again`);
    }
    throw error;
  }
}

export const setEtag = (reply: FastifyReply, revision: number): FastifyReply => reply.header('etag', `"${revision}"`);
