import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsync, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { type AuthorizeHook, isAuthorizeHook } from '../auth/authorize.ts';
import { clientErrorStatuses, problemResponses } from './problem-responses.ts';

export interface OpenApiOptions {
  readonly service: string;
  readonly version: string;
}

const guardOf = (route: RouteOptions): AuthorizeHook | undefined =>
  [route.preHandler ?? []].flat().find(isAuthorizeHook);

/** Marks routes guarded by `authorize` as needing a bearer token, and names their roles, in the document. */
function documentGuard(route: RouteOptions): void {
  const guard = guardOf(route);
  if (!guard) return;
  const roles = `Roles: ${[...guard.rule.roles, 'admin'].join(', ')}.`;
  const description = route.schema?.description ? `${route.schema.description}\n\n${roles}` : roles;
  route.schema = { ...route.schema, security: [{ bearerAuth: [] }], description };
}

// Documentation only: the route's runtime schema stays as written, so problems keep their own serializer.
const documentClientErrors: typeof jsonSchemaTransform = (input) => {
  const transformed = jsonSchemaTransform(input);
  const statuses = clientErrorStatuses(input.route, guardOf(input.route) !== undefined);
  // A route without any schema comes back without one.
  const schema = transformed.schema ?? {};
  const declared = (schema.response ?? {}) as Record<string, unknown>;
  // Without a declared success the document would list only errors (swagger adds its default 200 only when nothing is declared).
  const success = Object.keys(declared).some((status) => status.startsWith('2'))
    ? {}
    : { '2XX': { description: 'Success' } };
  return {
    ...transformed,
    schema: { ...schema, response: { ...success, ...problemResponses(statuses), ...declared } },
  };
};

const openApiPlugin: FastifyPluginAsync<OpenApiOptions> = async (app, { service, version }) => {
  // Added before @fastify/swagger so its own onRoute hook already sees the security entry.
  app.addHook('onRoute', documentGuard);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: service, version },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: documentClientErrors,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
};

/** OpenAPI document from the routes' zod schemas, every client error with its problem+json schema; UI at /docs, JSON at /docs/json. */
export default fp(openApiPlugin, { name: 'tianfu-openapi', fastify: '5.x' });
