import { isConcurrencyError } from '@tianfu/eventstore';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { badRequest, preconditionFailed } from '../errors/common-errors.ts';

const etagPattern = /^(?:W\/)?"?(\d{1,9})"?$/;

/** The stream revision the client last read, from `If-Match: "<revision>"` (our ETags). */
export function ifMatchRevision(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const match = etagPattern.exec(String(header).trim());
  if (match?.[1] === undefined)
    throw badRequest('If-Match must be an ETag this API gave out, e.g. "3"', { field: 'If-Match' });
  return Number(match[1]);
}

/** A stale If-Match is 412; a lost race without one stays 409. */
export async function withPrecondition<T>(
  caller: { readonly expectedRevision?: number },
  run: () => Promise<T>,
): Promise<T> {
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
