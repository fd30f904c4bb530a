import type { RouteEntry } from '@tianfu/service-kit';
import { isElsewhere, type TokenKind } from './token-kinds.ts';

/**
 * A request whose scope the service judges past validation (in a preHandler or a command): valid, aimed at
 * a resource the fixture created for the home scope, so an elsewhere token's refusal is the scope's.
 */
export interface ScopedRequest {
  /** The concrete path when the route's parameters alone do not make one. */
  readonly url?: string;
  readonly query?: string;
  readonly body?: unknown;
  /** `application/json` unless given; a non-JSON body is sent as the string it is. */
  readonly contentType?: string;
}

export interface MatrixRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly payload?: string;
}

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

export const routeKey = (route: RouteEntry): string => `${route.method} ${route.url}`;

/** The route's path with each `:param` from `params` (the fixture's resources), `x` where none is given. */
export const concretePath = (url: string, params: Record<string, string>): string =>
  url.replaceAll(/:(\w+)/g, (_match, name: string) => encodeURIComponent(params[name] ?? 'x'));

/**
 * A request no admitted caller can act on: an unknown query key is refused (400) after the token and
 * role are judged and before any handler runs, so the matrix changes no state and order does not matter.
 */
function probe(route: RouteEntry, params: Record<string, string>): MatrixRequest {
  const url = `${concretePath(route.url, params)}?authz_probe=1`;
  if (!WITH_BODY.has(route.method)) return { method: route.method, url };
  return { method: route.method, url, headers: { 'content-type': 'application/json' }, payload: '{}' };
}

function scoped(route: RouteEntry, params: Record<string, string>, request: ScopedRequest): MatrixRequest {
  const path = request.url ?? concretePath(route.url, params);
  const url = request.query === undefined ? path : `${path}?${request.query}`;
  if (request.body === undefined) return { method: route.method, url };
  const contentType = request.contentType ?? 'application/json';
  const payload = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  return { method: route.method, url, headers: { 'content-type': contentType }, payload };
}

/**
 * What a token kind sends to a route: the route's valid scoped request for elsewhere tokens, and for every
 * kind on a GET (reading changes nothing); the probe otherwise.
 */
export function matrixRequest(
  route: RouteEntry,
  kind: TokenKind,
  params: Record<string, string>,
  scopedRequest: ScopedRequest | undefined,
): MatrixRequest {
  if (scopedRequest === undefined || !(isElsewhere(kind) || route.method === 'GET')) return probe(route, params);
  return scoped(route, params, scopedRequest);
}
