import type { FastifyContextConfig, FastifyPluginAsync, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import Router from 'find-my-way';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route's method and pattern, to tell "no such path" (404) from "not this method" (405). */
    routeTable: RouteTable;
  }
}

export interface RouteTable {
  /** The methods some route answers at this concrete path (`/v1/workers/abc/ladder`), sorted. */
  methodsAt(path: string): string[];
  /** The config of the route that answers `method` at this concrete path. */
  configAt(method: string, path: string): FastifyContextConfig | undefined;
  /** Every route as registered (`POST /v1/sessions/:sessionId/close`), HEAD included: what a matrix of routes must cover. */
  routes(): readonly RouteEntry[];
}

export interface RouteEntry {
  readonly method: string;
  readonly url: string;
}

// A catch-all (the CORS preflight's `OPTIONS *`) would make every path look known.
const isCatchAll = (url: string): boolean => url === '*' || url === '/*';

function createRouteTable() {
  const router = Router();
  const methods = new Set<Router.HTTPMethod>();
  const entries: RouteEntry[] = [];
  const add = (route: RouteOptions): void => {
    if (isCatchAll(route.url)) return;
    for (const method of [route.method].flat() as Router.HTTPMethod[]) {
      if (router.hasRoute(method, route.url)) continue;
      router.on(method, route.url, () => {}, { config: route.config });
      methods.add(method);
      entries.push({ method, url: route.url });
    }
  };
  const table: RouteTable = {
    methodsAt: (path) => [...methods].filter((method) => router.find(method, path) !== null).sort(),
    configAt: (method, path) => router.find(method as Router.HTTPMethod, path)?.store.config,
    routes: () => [...entries],
  };
  return { add, table };
}

const routeTablePlugin: FastifyPluginAsync = async (app) => {
  const { add, table } = createRouteTable();
  app.decorate('routeTable', table);
  app.addHook('onRoute', add);
};

export default fp(routeTablePlugin, { name: 'tianfu-route-table', fastify: '5.x' });
