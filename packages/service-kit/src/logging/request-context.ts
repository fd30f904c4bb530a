import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { FastifyPluginAsync, FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    /** From `x-correlation-id`, else the request id: ties together every request and event of one user action. */
    correlationId: string;
  }
}

export const REQUEST_ID_HEADER = 'x-request-id';
export const CORRELATION_ID_HEADER = 'x-correlation-id';
export const REQUEST_ID_LOG_LABEL = 'requestId';

// Ids from clients land in logs and headers: accept only short, plain tokens.
const safeId = /^[A-Za-z0-9._:-]{1,128}$/;

const headerId = (value: string | string[] | undefined): string | undefined =>
  typeof value === 'string' && safeId.test(value) ? value : undefined;

export const correlationIdOf = (headers: IncomingHttpHeaders, requestId: string): string =>
  headerId(headers[CORRELATION_ID_HEADER]) ?? requestId;

export const requestIdGenerator =
  (generateId: () => string) =>
  (raw: IncomingMessage): string =>
    headerId(raw.headers[REQUEST_ID_HEADER]) ?? generateId();

/** Binds the correlation id into the request logger, so fastify's own request lines carry it too. */
export const bindCorrelationId: NonNullable<FastifyServerOptions['childLoggerFactory']> = (
  logger,
  bindings,
  options,
  raw,
) => {
  const requestId = String(bindings[REQUEST_ID_LOG_LABEL] ?? '');
  return logger.child({ ...bindings, correlationId: correlationIdOf(raw.headers, requestId) }, options);
};

const requestContextPlugin: FastifyPluginAsync = async (app) => {
  app.decorateRequest('correlationId', '');
  app.addHook('onRequest', async (request, reply) => {
    request.correlationId = correlationIdOf(request.headers, request.id);
    reply.header(REQUEST_ID_HEADER, request.id).header(CORRELATION_ID_HEADER, request.correlationId);
  });
};

export default fp(requestContextPlugin, { name: 'tianfu-request-context', fastify: '5.x' });
