import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type App,
  concurrencyConflict,
  defineError,
  isAppError,
  isOperationalError,
  OPERATIONAL_ERRORS_METRIC,
  operationalError,
} from '../src/index.ts';
import { buildTestApp, captureLogs } from './support/test-app.ts';

const logs = captureLogs();
let app: App;
beforeAll(async () => {
  app = await buildTestApp({ logLevel: 'info', logDestination: logs.destination });
});
afterAll(() => app.close());

describe('problem+json errors', () => {
  it('answers a bad body with 400 naming every bad field and its rule', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/things',
      payload: { name: 'ab', email: 'not-an-email', items: [{ score: 10 }, { score: 101 }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', instance: '/v1/things' });
    expect(problem.type).toEqual(expect.any(String));
    expect(problem.title).toEqual(expect.any(String));
    expect(problem.detail).toEqual(expect.any(String));
    const rules = problem.errors.map((error: { field: string; rule: string }) => [error.field, error.rule]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ['body.name', 'too_small'],
        ['body.email', 'invalid_format'],
        ['body.items.1.score', 'too_big'],
      ]),
    );
    expect(rules).toHaveLength(3);
  });

  it('names missing body fields', async () => {
    const response = await app.inject({ method: 'POST', url: '/v1/things', payload: { name: 'abc' } });
    const fields = response.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(['body.email', 'body.items']);
  });

  it('names bad query parameters with the querystring location', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/search?limit=500&q=a' });
    expect(response.statusCode).toBe(400);
    const errors = response.json().errors.map((error: { field: string; rule: string }) => [error.field, error.rule]);
    expect(errors).toEqual([
      ['querystring.limit', 'too_big'],
      ['querystring.q', 'too_small'],
    ]);
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', instance: '/v1/nothing-here' });
  });

  it('answers a thrown AppError with its status, code and extra fields', async () => {
    const response = await app.inject({ method: 'POST', url: '/v1/conflict' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      status: 409,
      code: 'CONCURRENCY_CONFLICT',
      detail: 'session S-1 moved past revision 3',
      streamId: 'S-1',
    });
  });

  it('answers an unexpected error with 500 that carries no internals, and logs it', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem).toMatchObject({ status: 500, code: 'INTERNAL_ERROR', instance: '/v1/boom' });
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toContain('stack');
    expect(problem.message).toBeUndefined();
    const logged = logs.lines.find((line) => line.msg === 'request failed');
    expect(JSON.stringify(logged)).toContain('hunter2');
  });

  it('answers an operational error with 503 and its code, logs its details and counts it for the alert', async () => {
    const faults = async () =>
      (await app.metrics.getSingleMetric(OPERATIONAL_ERRORS_METRIC)?.get())?.values.find(
        (v) => v.labels.code === 'SERIAL_EXHAUSTED',
      )?.value ?? 0;
    const before = await faults();
    const response = await app.inject({ method: 'POST', url: '/v1/serials' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 503, code: 'SERIAL_EXHAUSTED', instance: '/v1/serials' });
    expect(response.body).not.toContain('Y0000510');
    const logged = logs.lines.filter((line) => line.msg === 'request failed');
    expect(JSON.stringify(logged)).toContain('secretScope');
    expect(await faults()).toBe(before + 1);
  });

  it('answers a body over the limit with 413', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/things',
      payload: { name: 'x'.repeat(2000), email: 'a@b.cn', items: [] },
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/things',
      headers: { 'content-type': 'application/xml' },
      payload: '<thing/>',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/things',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
});

describe('operationalError', () => {
  it('is recognised by its brand, and is neither an AppError nor any error with a code', () => {
    const error = operationalError('STATUS_LIST_FULL', 'list 1 is nearly full', { listId: '1' });
    expect(error).toMatchObject({ code: 'STATUS_LIST_FULL', name: 'OperationalError', details: { listId: '1' } });
    expect(isOperationalError(error)).toBe(true);
    expect(isAppError(error)).toBe(false);
    expect(isOperationalError(Object.assign(new Error('x'), { code: 'STATUS_LIST_FULL' }))).toBe(false);
  });
});

describe('defineError', () => {
  const sessionClosed = defineError('SESSION_CLOSED', 422, 'Session closed');

  it('builds errors recognised by brand, not by class', () => {
    const error = sessionClosed('session S-9 is closed', { sessionId: 'S-9' });
    expect(isAppError(error)).toBe(true);
    expect(sessionClosed.is(error)).toBe(true);
    expect(concurrencyConflict.is(error)).toBe(false);
    expect(isAppError({ ...error })).toBe(true);
    expect(isAppError(new Error('plain'))).toBe(false);
    expect(error).toMatchObject({
      code: 'SESSION_CLOSED',
      status: 422,
      title: 'Session closed',
      extra: { sessionId: 'S-9' },
    });
  });

  it('uses the title as the detail when none is given', () => {
    expect(sessionClosed().detail).toBe('Session closed');
  });

  it('refuses a status that is not an HTTP error', () => {
    expect(() => defineError('OK', 200, 'fine')).toThrow(RangeError);
  });
});
