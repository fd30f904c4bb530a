import type { RouteOptions } from 'fastify';
import {
  badRequest,
  concurrencyConflict,
  forbidden,
  internalError,
  notFound,
  preconditionFailed,
  rateLimited,
  unauthenticated,
  unsupportedMediaType,
  validationFailed,
} from '../errors/common-errors.ts';
import type { DomainStatuses } from '../errors/error-mapper.ts';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem.ts';
import { PAYLOAD_TOO_LARGE } from '../errors/to-app-error.ts';
import { PROBLEM_SCHEMA_REF } from './problem-schema.ts';

/** A service's domain error codes, each with the status it answers (its `domainErrorMapper` table). */
export type ErrorCatalogue = DomainStatuses<string>;

const descriptions: Readonly<Record<number, string>> = {
  400: 'Invalid input (a field, or a query parameter the route does not take)',
  401: 'Missing, invalid or expired bearer token',
  403: "The token's role or scope does not allow this",
  404: 'No such resource',
  409: 'Conflicts with the current state',
  412: 'If-Match names a revision the resource has moved past',
  413: 'Body too large',
  415: 'Unsupported content type',
  422: 'Valid input that a domain rule refuses',
  429: 'Rate limited; see Retry-After',
  500: 'Unexpected fault; quote the x-request-id header when reporting it',
  503: 'An operational fault (the operators are alerted) or a dependency is down; retry later',
};

// The codes service-kit itself answers with, from its own error factories.
const kitErrors = [
  validationFailed,
  badRequest,
  unauthenticated,
  forbidden,
  notFound,
  concurrencyConflict,
  preconditionFailed,
  { code: PAYLOAD_TOO_LARGE, status: 413 },
  unsupportedMediaType,
  rateLimited,
  internalError,
];

const commandMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The errors a route can answer, from what it declares: guard, path parameters, body, method, rate limit, the service's domain errors. */
export function errorStatuses(route: RouteOptions, guarded: boolean, catalogue: ErrorCatalogue = {}): number[] {
  const command = [route.method].flat().some((method) => commandMethods.has(String(method)));
  const withParams = route.url.includes(':');
  const statuses = [400, 500, 503];
  if (guarded) statuses.push(401, 403);
  // A command may name what does not exist (a body, a worker) in its body as well as in its path.
  if (withParams || command) statuses.push(404);
  if (command) statuses.push(409, 422, ...Object.values(catalogue).map(([status]) => status));
  // If-Match applies to a resource that exists, named by the path.
  if (command && withParams) statuses.push(412);
  if (route.schema?.body !== undefined) statuses.push(413, 415);
  if (route.config?.rateLimit !== undefined) statuses.push(429);
  return [...new Set(statuses)].sort((a, b) => a - b);
}

/** Every code an answer with this status may carry: service-kit's own, then the service's. */
export function errorCodes(status: number, catalogue: ErrorCatalogue = {}): string[] {
  const kit = kitErrors.filter((error) => error.status === status).map((error) => error.code);
  const domain = Object.entries(catalogue).filter(([, [answered]]) => answered === status);
  return [...kit, ...domain.map(([code]) => code)];
}

function problemResponse(status: number, catalogue: ErrorCatalogue) {
  const codes = errorCodes(status, catalogue);
  // An operational fault's code names the fault (e.g. SERIAL_RANGE_EXHAUSTED): no fixed list.
  const listed = codes.length > 0 ? ` Codes: ${codes.join(', ')}.` : '';
  // On the schema: @fastify/swagger drops extensions from a response object but keeps a schema's.
  return {
    description: `${descriptions[status] ?? 'Error'}.${listed}`,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { allOf: [{ $ref: PROBLEM_SCHEMA_REF }], 'x-error-codes': codes } } },
  };
}

/** OpenAPI responses for those statuses, each with the problem+json schema and the codes it may carry. */
export const problemResponses = (statuses: readonly number[], catalogue: ErrorCatalogue = {}) =>
  Object.fromEntries(statuses.map((status) => [status, problemResponse(status, catalogue)]));
