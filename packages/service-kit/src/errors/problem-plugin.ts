import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppError } from './app-error.ts';
import { methodNotAllowed, notFound, unsupportedMediaType } from './common-errors.ts';
import type { ErrorMapper } from './error-mapper.ts';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem.ts';
import { toAppError } from './to-app-error.ts';

export interface ProblemPluginOptions {
  readonly mapError?: ErrorMapper;
}

const pathOf = (request: FastifyRequest): string => request.url.split('?', 1)[0] ?? request.url;

function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  // Our own serializer, so a route's response schema for the same status cannot reshape the problem.
  return reply
    .code(error.status)
    .type(PROBLEM_CONTENT_TYPE)
    .serializer(JSON.stringify)
    .send(toProblem(error, pathOf(request)));
}

// Fastify's own 415 says only "Unsupported Media Type": name the header and what it held.
function naming(error: AppError, request: FastifyRequest): AppError {
  if (error.status !== 415) return error;
  const type = request.headers['content-type'] ?? '(none)';
  return unsupportedMediaType(
    `content-type ${JSON.stringify(type)} is not accepted by ${request.method} ${pathOf(request)}`,
    {
      field: 'content-type',
    },
  );
}

const problemPlugin: FastifyPluginAsync<ProblemPluginOptions> = async (app, { mapError }) => {
  app.setErrorHandler((error, request, reply) => {
    const appError = naming(toAppError(error, mapError), request);
    if (appError.status >= 500) {
      request.log.error({ err: error, code: appError.code }, 'request failed');
    } else {
      request.log.info({ code: appError.code, status: appError.status }, appError.detail);
    }
    return sendProblem(request, reply, appError);
  });
  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request);
    const allowed = app.routeTable.methodsAt(path);
    if (allowed.length === 0) return sendProblem(request, reply, notFound(`no route for ${request.method} ${path}`));
    reply.header('allow', allowed.join(', '));
    const detail = `${request.method} is not allowed on ${path}; allowed: ${allowed.join(', ')}`;
    return sendProblem(request, reply, methodNotAllowed(detail, { allowed }));
  });
};

/** One error handler for the whole app: every error leaves as RFC 9457 problem+json; a known path with another method is 405 with Allow. */
export default fp(problemPlugin, { name: 'tianfu-problem', fastify: '5.x', dependencies: ['tianfu-route-table'] });
