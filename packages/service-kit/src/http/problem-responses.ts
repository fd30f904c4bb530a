import type { RouteOptions } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem.ts';

const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details with a stable code',
  required: ['type', 'title', 'status', 'detail', 'instance', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string' },
    errors: {
      type: 'array',
      description: 'on 400: each bad field and the rule it broke',
      items: {
        type: 'object',
        required: ['field', 'rule', 'message'],
        properties: { field: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
  additionalProperties: true,
};

const descriptions: Readonly<Record<number, string>> = {
  400: 'Invalid input (a field, or a query parameter the route does not take)',
  401: 'Missing, invalid or expired bearer token',
  403: "The token's role or scope does not allow this",
  404: 'No such resource',
  409: 'Conflicts with the current state',
  413: 'Body too large',
  415: 'Unsupported content type',
  422: 'Valid input that a domain rule refuses',
  429: 'Rate limited; see Retry-After',
};

const commandMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The client errors a route can answer, from what it declares: guard, path parameters, body, method, rate limit. */
export function clientErrorStatuses(route: RouteOptions, guarded: boolean): number[] {
  const methods = [route.method].flat().map(String);
  const statuses = [400];
  if (guarded) statuses.push(401, 403);
  if (route.url.includes(':')) statuses.push(404);
  if (methods.some((method) => commandMethods.has(method))) statuses.push(409, 422);
  if (route.schema?.body !== undefined) statuses.push(413, 415);
  if (route.config?.rateLimit !== undefined) statuses.push(429);
  return statuses.sort((a, b) => a - b);
}

/** OpenAPI responses for those statuses, each with the problem+json schema. */
export function problemResponses(statuses: readonly number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status] ?? 'Client error',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
      },
    ]),
  );
}
