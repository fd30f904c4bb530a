import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsync, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { AuthorizeHook } from '../auth/authorize.ts';

export interface OpenApiOptions {
  readonly service: string;
  readonly version: string;
}

const isAuthorizeHook = (hook: unknown): hook is AuthorizeHook => typeof hook === 'function' && 'rule' in hook;

/** Marks routes guarded by `authorize` as needing a bearer token, and names their roles, in the document. */
function documentGuard(route: RouteOptions): void {
  const guard = [route.preHandler ?? []].flat().find(isAuthorizeHook);
  if (!guard) return;
  const roles = `Roles: ${[...guard.rule.roles, 'admin'].join(', ')}.`;
  const description = route.schema?.description ? `${route.schema.description}\n\n${roles}` : roles;
  route.schema = { ...route.schema, security: [{ bearerAuth: [] }], description };
}

const openApiPlugin: FastifyPluginAsync<OpenApiOptions> = async (app, { service, version }) => {
  // Added before @fastify/swagger so its own onRoute hook already sees the security entry.
  app.addHook('onRoute', documentGuard);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: service, version },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
};

/** OpenAPI document from the routes' zod schemas; UI at /docs, JSON at /docs/json. */
export default fp(openApiPlugin, { name: 'tianfu-openapi', fastify: '5.x' });
