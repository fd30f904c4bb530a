import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, domainErrorMapper } from '../src/index.ts';
import { buildTestApp } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

describe('OpenAPI', () => {
  it('lists a route with its body schema at /docs/json', async () => {
    const response = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.info).toMatchObject({
      title: 'test-service',
      version: '1.2.3',
      license: { name: expect.any(String) },
    });
    expect(document.servers).toEqual([{ url: '/', description: expect.any(String) }]);
    const schema = document.paths['/v1/things'].post.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(['name', 'email', 'items']);
    expect(schema.properties.name).toMatchObject({ type: 'string', minLength: 3 });
  });

  it('marks guarded routes as needing a bearer token, the others as public, and leaves ops routes out', async () => {
    const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(document.paths['/v1/indicators'].get.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths['/v1/things'].post.security).toEqual([]);
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const path of ['/health', '/ready', '/metrics']) expect(document.paths[path]).toBeUndefined();
  });

  it('documents every client error a route can answer with the problem+json schema', async () => {
    const { paths } = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
    const statuses = (operation: { responses: Record<string, unknown> }) =>
      Object.keys(operation.responses).filter((status) => status.startsWith('4'));
    expect(statuses(paths['/v1/things'].post)).toEqual(['400', '404', '409', '413', '415', '422']);
    expect(statuses(paths['/v1/indicators'].get)).toEqual(['400', '401', '403']);
    expect(statuses(paths['/v1/bodies/{bodyId}/sessions'].get)).toEqual(['400', '401', '403', '404']);
    expect(statuses(paths['/v1/verify'].get)).toEqual(['400', '429']);
    expect(Object.keys(paths['/v1/verify'].get.responses)).toContain('2XX');
    const problem = paths['/v1/things'].post.responses['415'].content['application/problem+json'].schema;
    expect(problem).toEqual({
      allOf: [{ $ref: '#/components/schemas/Problem' }],
      'x-error-codes': ['UNSUPPORTED_MEDIA_TYPE'],
    });
    const { schemas } = (await app.inject({ method: 'GET', url: '/docs/json' })).json().components;
    expect(schemas.Problem.required).toEqual(['type', 'title', 'status', 'detail', 'instance', 'code']);
    expect(schemas.Problem.properties.errors.items.required).toEqual(['field', 'rule', 'message']);
    expect(Object.keys(paths['/v1/verify'].get.responses)).toEqual(expect.arrayContaining(['500', '503']));
  });

  it('heads the document with the service API it is given: servers, tags, description', async () => {
    const api = { name: 'tagged', port: 4199, description: 'A tagged service.', tags: { things: 'What it keeps' } };
    const tagged = await buildTestApp({ service: 'tagged', api });
    const document = (await tagged.inject({ method: 'GET', url: '/docs/json' })).json();
    await tagged.close();
    expect(document.info).toMatchObject({ title: 'tagged', description: 'A tagged service.' });
    expect(document.servers.map((server: { url: string }) => server.url)).toEqual(['http://127.0.0.1:4199', '/']);
    expect(document.tags).toEqual([{ name: 'things', description: 'What it keeps' }]);
  });

  it("lists a service's domain codes on the responses of their status, on command routes", async () => {
    const mapError = domainErrorMapper({ THING_TAKEN: [409, 'Thing taken'], THING_LOCKED: [423, 'Locked'] });
    const mapped = await buildTestApp({ mapError });
    const { paths } = (await mapped.inject({ method: 'GET', url: '/docs/json' })).json();
    await mapped.close();
    const codes = (status: string) =>
      paths['/v1/things'].post.responses[status].content['application/problem+json'].schema['x-error-codes'];
    expect(codes('409')).toEqual(['CONCURRENCY_CONFLICT', 'THING_TAKEN']);
    expect(codes('423')).toEqual(['THING_LOCKED']);
    expect(paths['/v1/search'].get.responses['409']).toBeUndefined();
  });

  it('serves the UI at /docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });
});
