import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsoleApp } from '../src/app.ts';
import { UPSTREAMS, type Upstream } from '../src/config.ts';

const SECRET = 'console-server-test-secret-of-at-least-32-chars';

// A stand-in service that says what it received, so the test sees what the console forwards.
async function echoService(): Promise<{ url: string; close: () => Promise<void> }> {
  const app = Fastify();
  app.all('/*', async (request) => ({ url: request.url, headers: request.headers, method: request.method }));
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: () => app.close() };
}

describe('the console server', () => {
  let webRoot: string;
  let echo: Awaited<ReturnType<typeof echoService>>;
  let development: FastifyInstance;
  let production: FastifyInstance;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'console-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(webRoot, 'assets', 'app-1a2b.js'), 'export {};');
    echo = await echoService();
    const upstreams = Object.fromEntries(UPSTREAMS.map((service) => [service, echo.url])) as Record<Upstream, string>;
    development = await buildConsoleApp({ upstreams, webRoot, devTokenSecret: SECRET, logLevel: 'silent' });
    production = await buildConsoleApp({ upstreams, webRoot, logLevel: 'silent' });
  });
  afterAll(async () => {
    await Promise.all([development?.close(), production?.close(), echo?.close()]);
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('forwards /api/<service>/v1/… with the bearer token and the caller address, without cookies', async () => {
    const answer = await development.inject({
      url: '/api/career/v1/talent-pool?minLevel=level3',
      headers: { authorization: 'Bearer abc', cookie: 'session=1' },
      remoteAddress: '203.0.113.9',
    });
    expect(answer.statusCode).toBe(200);
    const seen = answer.json() as { url: string; headers: Record<string, string> };
    expect(seen.url).toBe('/v1/talent-pool?minLevel=level3');
    expect(seen.headers.authorization).toBe('Bearer abc');
    expect(seen.headers['x-forwarded-for']).toBe('203.0.113.9');
    expect(seen.headers.cookie).toBeUndefined();
  });

  it('forwards nothing of a service but its API, verification links and keys', async () => {
    for (const url of ['/api/career/metrics', '/api/assessment/ready', '/api/certification/docs/json']) {
      const answer = await development.inject({ url });
      expect(answer.statusCode, url).toBe(404);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    }
    expect((await development.inject({ url: '/api/certification/.well-known/jwks.json' })).statusCode).toBe(200);
  });

  it('serves the credential documents a certificate names at the platform origin', async () => {
    const list = await development.inject({ url: '/v1/status-lists/l1/revocation' });
    expect((list.json() as { url: string }).url).toBe('/v1/status-lists/l1/revocation');
    expect((await development.inject({ method: 'POST', url: '/v1/status-lists/l1/revocation' })).statusCode).toBe(404);
  });

  it('answers a verification link with the page, or with certification’s JSON when JSON is asked for', async () => {
    const page = await development.inject({ url: '/v/abcdefghijklmnopqrstuv', headers: { accept: 'text/html' } });
    expect(page.headers['content-type']).toContain('text/html');
    const json = await development.inject({
      url: '/v/abcdefghijklmnopqrstuv',
      headers: { accept: 'application/json' },
    });
    expect((json.json() as { url: string }).url).toBe('/v/abcdefghijklmnopqrstuv');
  });

  it('sends every answer with a strict CSP, pages uncached and hashed assets cached for a year', async () => {
    const page = await development.inject({ url: '/some/page' });
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'.*script-src 'self'/);
    expect(page.headers['content-security-policy']).not.toContain('unsafe');
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await development.inject({ url: '/assets/app-1a2b.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('mints development tokens only where it was given the development secret', async () => {
    const minted = await development.inject({
      method: 'POST',
      url: '/auth/dev-token',
      payload: { role: 'hr', scope: '510100' },
    });
    expect(minted.statusCode).toBe(200);
    const refused = await development.inject({
      method: 'POST',
      url: '/auth/dev-token',
      payload: { role: 'admin', scope: 'x' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ errors: [{ field: 'scope' }] });
    expect(
      (await production.inject({ method: 'POST', url: '/auth/dev-token', payload: { role: 'hr' } })).statusCode,
    ).toBe(404);
    expect((await production.inject({ url: '/console/settings' })).json()).toEqual({
      devSignIn: false,
      oidcSignIn: false,
    });
  });
});
