import type { FastifyPluginAsync, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { validationFailed } from '../errors/common-errors.ts';

/** The keys a querystring schema names: a zod object (or an intersection, union or pipe of them), or JSON Schema. */
function queryKeysOf(schema: unknown): string[] | undefined {
  if (schema === undefined) return [];
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodIntersection) return keysOfAll([schema.def.left, schema.def.right]);
  if (schema instanceof z.ZodUnion) return keysOfAll(schema.def.options);
  if (schema instanceof z.ZodPipe) return queryKeysOf(schema.def.in);
  if (schema instanceof z.ZodType) return undefined;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  return typeof properties === 'object' && properties !== null ? Object.keys(properties) : undefined;
}

function keysOfAll(schemas: readonly unknown[]): string[] | undefined {
  const keys = schemas.map(queryKeysOf);
  return keys.every((k) => k !== undefined) ? keys.flat() : undefined;
}

function refuseUnknownKeys(route: RouteOptions, known: ReadonlySet<string>) {
  return async (request: FastifyRequest): Promise<void> => {
    const unknown = Object.keys(request.query as object).filter((key) => !known.has(key));
    if (unknown.length === 0) return;
    const accepted = known.size === 0 ? 'takes no query parameters' : `takes only ${[...known].join(', ')}`;
    const message = `${route.method} ${route.url} ${accepted}`;
    throw validationFailed(`unknown query parameter(s): ${unknown.join(', ')}`, {
      errors: unknown.map((key) => ({ field: `querystring.${key}`, rule: 'unrecognized_keys', message })),
    });
  };
}

/**
 * Every route refuses query keys its schema does not name (400, each key named), including routes
 * that declare no querystring: a filter a route would silently ignore (`occupation[$ne]=x`) must
 * not look applied. Added to each route as it is registered, so no route can leave it out.
 */
const strictQueryPlugin: FastifyPluginAsync = async (app) => {
  app.addHook('onRoute', (route) => {
    const keys = queryKeysOf(route.schema?.querystring);
    if (keys === undefined) {
      throw new Error(`${route.method} ${route.url}: its querystring schema must be an object, to refuse unknown keys`);
    }
    route.preValidation = [refuseUnknownKeys(route, new Set(keys)), ...[route.preValidation ?? []].flat()];
  });
};

export default fp(strictQueryPlugin, { name: 'tianfu-strict-query', fastify: '5.x' });
