import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsync, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { type AuthorizeHook, isAuthorizeHook } from '../auth/authorize.ts';
import { type ErrorCatalogue, errorStatuses, problemResponses } from './problem-responses.ts';
import { problemSchema } from './problem-schema.ts';
import { documentHeader, type ServiceApi } from './service-api.ts';

export interface OpenApiOptions {
  /** The service's name, or its whole description (port, tags) for a complete document. */
  readonly service: string | ServiceApi;
  readonly version: string;
  /** The service's domain error codes, listed on the responses that may carry them. */
  readonly errors?: ErrorCatalogue;
}

const guardOf = (route: RouteOptions): AuthorizeHook | undefined =>
  [route.preHandler ?? []].flat().find(isAuthorizeHook);

/** Marks routes guarded by `authorize` as needing a bearer token, and names their roles; the others as public. */
function documentGuard(route: RouteOptions): void {
  const guard = guardOf(route);
  if (!guard) {
    route.schema = { ...route.schema, security: [] };
    return;
  }
  const roles = `Roles: ${[...guard.rule.roles, 'admin'].join(', ')}.`;
  const description = route.schema?.description ? `${route.schema.description}\n\n${roles}` : roles;
  route.schema = { ...route.schema, security: [{ bearerAuth: [] }], description };
}

// Documentation only: the route's runtime schema stays as written, so problems keep their own serializer.
const documentErrors =
  (catalogue: ErrorCatalogue): typeof jsonSchemaTransform =>
  (input) => {
    const transformed = jsonSchemaTransform(input);
    const statuses = errorStatuses(input.route, guardOf(input.route) !== undefined, catalogue);
    // A route without any schema comes back without one.
    const schema = transformed.schema ?? {};
    const declared = (schema.response ?? {}) as Record<string, unknown>;
    // Without a declared success the document would list only errors (swagger adds its default 200 only when nothing is declared).
    const success = Object.keys(declared).some((status) => status.startsWith('2'))
      ? {}
      : { '2XX': { description: 'Success' } };
    return {
      ...transformed,
      schema: { ...schema, response: { ...success, ...problemResponses(statuses, catalogue), ...declared } },
    };
  };

const openApiPlugin: FastifyPluginAsync<OpenApiOptions> = async (app, { service, version, errors = {} }) => {
  // Added before @fastify/swagger so its own onRoute hook already sees the security entry.
  app.addHook('onRoute', documentGuard);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      ...documentHeader(service, version),
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        schemas: { Problem: problemSchema },
      },
    },
    transform: documentErrors(errors),
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
};

/** OpenAPI document from the routes' zod schemas, every error with its problem+json schema and codes; UI at /docs, JSON at /docs/json. */
export default fp(openApiPlugin, { name: 'tianfu-openapi', fastify: '5.x' });
