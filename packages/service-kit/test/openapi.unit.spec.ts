import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/index.ts';
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
    expect(document.info).toEqual({ title: 'test-service', version: '1.2.3' });
    const schema = document.paths['/v1/things'].post.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(['name', 'email', 'items']);
    expect(schema.properties.name).toMatchObject({ type: 'string', minLength: 3 });
  });

  it('marks guarded routes as needing a bearer token and leaves ops routes out', async () => {
    const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(document.paths['/v1/indicators'].get.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths['/v1/things'].post.security).toBeUndefined();
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const path of ['/health', '/ready', '/metrics']) expect(document.paths[path]).toBeUndefined();
  });

  it('serves the UI at /docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });
});
