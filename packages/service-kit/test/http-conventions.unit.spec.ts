import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type App, createApp } from '../src/index.ts';
import { bearer, buildTestApp, SECRET } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

type Reply = Awaited<ReturnType<App['inject']>>;
const expectProblem = (response: Reply, status: number, code: string) => {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ status, code });
};
const thing = { name: 'abc', email: 'a@example.com', items: [] };

describe('content types', () => {
  it('answers 415 problem+json to a text/plain body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/things',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify(thing),
    });
    expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(response.json()).toMatchObject({
      detail: 'content-type "text/plain" is not accepted by POST /v1/things',
      field: 'content-type',
    });
  });

  it('answers 415 to any other type the route does not parse, and takes JSON', async () => {
    const xml = await app.inject({
      method: 'POST',
      url: '/v1/things',
      headers: { 'content-type': 'application/xml' },
      payload: '<thing/>',
    });
    expectProblem(xml, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect((await app.inject({ method: 'POST', url: '/v1/things', payload: thing })).statusCode).toBe(201);
  });
});

describe('methods', () => {
  it('answers 405 with Allow to a known path with another method', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/v1/things' });
    expectProblem(response, 405, 'METHOD_NOT_ALLOWED');
    expect(response.headers.allow).toBe('POST');
    expect(response.json()).toMatchObject({ allowed: ['POST'] });
  });

  it('matches path parameters, and lists HEAD beside GET', async () => {
    const response = await app.inject({ method: 'PUT', url: '/v1/bodies/B-9/sessions' });
    expectProblem(response, 405, 'METHOD_NOT_ALLOWED');
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it('lists every route as registered, for a matrix that must cover them all', () => {
    const routes = app.routeTable.routes();
    expect(routes).toContainEqual({ method: 'POST', url: '/v1/things' });
    expect(routes).toContainEqual({ method: 'GET', url: '/v1/bodies/:bodyId/sessions' });
    expect(routes).toContainEqual({ method: 'GET', url: '/metrics' });
  });

  it('keeps 404, without Allow, for a path no route has', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/nothing-here' });
    expectProblem(response, 404, 'NOT_FOUND');
    expect(response.headers.allow).toBeUndefined();
  });
});

describe('query parameters', () => {
  it('refuses a key the route does not know, naming it (no silently ignored operator)', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/search?limit=5&q=ab&occupation[$ne]=x' });
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.json().instance).toBe('/v1/search');
    expect(response.json().errors).toEqual([
      { field: 'querystring.occupation[$ne]', rule: 'unrecognized_keys', message: expect.stringContaining('limit, q') },
    ]);
    expect((await app.inject({ method: 'GET', url: '/v1/search?limit=5&q=ab' })).statusCode).toBe(200);
  });

  it('refuses any key on a route that declares no querystring, guarded or not', async () => {
    expectProblem(await app.inject({ method: 'GET', url: '/health?verbose=1' }), 400, 'VALIDATION_FAILED');
    const headers = await bearer({ sub: 'u1', role: 'hr' });
    const guarded = await app.inject({ method: 'GET', url: '/v1/indicators?region[$gt]=', headers });
    expectProblem(guarded, 400, 'VALIDATION_FAILED');
    expect(guarded.json().errors[0].field).toBe('querystring.region[$gt]');
  });

  it('knows the keys of an intersection of objects', async () => {
    const extra = await createApp({ service: 's', version: '1', logLevel: 'silent', auth: { secret: SECRET } });
    const query = z.object({ a: z.string().optional() }).and(z.object({ b: z.string().optional() }));
    extra.get('/both', { schema: { querystring: query } }, async () => ({ ok: true }));
    await extra.ready();
    expect((await extra.inject({ method: 'GET', url: '/both?a=1&b=2' })).statusCode).toBe(200);
    expect((await extra.inject({ method: 'GET', url: '/both?a=1&c=2' })).statusCode).toBe(400);
    await extra.close();
  });

  it('refuses to register a route whose querystring schema has no keys to check', async () => {
    const extra = await createApp({ service: 's', version: '1', logLevel: 'silent', auth: { secret: SECRET } });
    expect(() =>
      extra.get('/any', { schema: { querystring: z.record(z.string(), z.string()) } }, async () => ({})),
    ).toThrow(/querystring schema must be an object/);
    await extra.close();
  });
});

describe('oversized headers', () => {
  it('answers 431 problem+json before any route runs', async () => {
    const server = await buildTestApp();
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as AddressInfo;
    const answer = await new Promise<{ status?: number; type?: string; body: string }>((resolve, reject) => {
      const req = httpRequest({ port, host: '127.0.0.1', path: '/health', headers: { 'x-big': 'a'.repeat(40_000) } });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body }));
      });
      req.on('error', reject);
      req.end();
    });
    await server.close();
    expect(answer.status).toBe(431);
    expect(answer.type).toBe('application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({ status: 431, code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' });
  });
});
