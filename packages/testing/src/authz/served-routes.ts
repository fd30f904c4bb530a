import type { RouteEntry } from '@tianfu/service-kit';
import type { Injectable } from '../http-conventions.ts';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

// The OpenAPI document and its UI are the framework's, the same on every service and public by design.
const isDocs = (url: string): boolean => url === '/docs' || url.startsWith('/docs/');

/** The routes a service's own code serves: fastify's implied HEAD and CORS preflights left out. */
export const servedRoutes = (routes: readonly RouteEntry[]): RouteEntry[] =>
  routes.filter((route) => METHODS.has(route.method) && !isDocs(route.url));

interface Operation {
  readonly security?: readonly unknown[];
}

/** Each route the OpenAPI document lists (as `METHOD /path/:param`) and whether it asks a bearer token (public ones say `security: []`). */
export async function documentedRoutes(app: Injectable): Promise<{ key: string; secured: boolean }[]> {
  const response = await app.inject({ method: 'GET', url: '/docs/json' });
  const { paths } = JSON.parse(response.body) as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path.replaceAll(/\{(\w+)\}/g, ':$1')}`,
      secured: (operation.security ?? []).length > 0,
    })),
  );
}
