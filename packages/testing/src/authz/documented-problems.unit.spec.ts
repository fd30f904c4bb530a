import { describe, expect, it } from 'vitest';
import { undocumentedProblem } from './documented-problems.ts';

const problemWith = (codes: string[]) => ({
  content: { 'application/problem+json': { schema: { 'x-error-codes': codes } } },
});
const paths = {
  '/v1/sessions/{sessionId}/close': {
    post: { responses: { '409': problemWith(['CONCURRENCY_CONFLICT', 'SESSION_CLOSED']), '503': problemWith([]) } },
  },
};
const key = 'POST /v1/sessions/:sessionId/close';
const answer = (statusCode: number, code: string, type = 'application/problem+json') => ({
  statusCode,
  headers: { 'content-type': type },
  body: JSON.stringify({ code }),
});

describe('a problem held to the OpenAPI document', () => {
  it('given a documented status and code, then nothing is said', () => {
    expect(undocumentedProblem(paths, key, answer(409, 'SESSION_CLOSED'))).toBeNull();
    expect(undocumentedProblem(paths, key, answer(503, 'SERIAL_RANGE_EXHAUSTED'))).toBeNull();
  });

  it('given a code its status does not list, then it names the route, the code and the listed codes', () => {
    expect(undocumentedProblem(paths, key, answer(409, 'BODY_SUSPENDED'))).toBe(
      `${key}: answered 409 BODY_SUSPENDED, not among its documented codes CONCURRENCY_CONFLICT, SESSION_CLOSED`,
    );
  });

  it('given a status the operation does not list, then it says so', () => {
    expect(undocumentedProblem(paths, key, answer(404, 'SESSION_NOT_FOUND'))).toBe(
      `${key}: answered 404 SESSION_NOT_FOUND, a status its document omits`,
    );
  });

  it('given a success, or a route the document leaves out, then nothing is said', () => {
    expect(undocumentedProblem(paths, key, answer(200, 'x', 'application/json'))).toBeNull();
    expect(undocumentedProblem(paths, 'GET /health', answer(400, 'VALIDATION_FAILED'))).toBeNull();
  });
});
