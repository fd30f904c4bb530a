import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/index.ts';
import { bearer, buildTestApp } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

const origin = 'https://employer.example';

describe('security headers', () => {
  it('sends nosniff, a CSP and no referrer on answers and on problems', async () => {
    for (const url of ['/v1/search?limit=1&q=ab', '/v1/nothing-here']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS only when configured, as behind TLS', async () => {
    const tls = await buildTestApp({ hstsMaxAgeSeconds: 31_536_000 });
    const response = await tls.inject({ method: 'GET', url: '/health' });
    await tls.close();
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('forbids caching unless the route chose a cache policy itself', async () => {
    const personal = await app.inject({
      method: 'GET',
      url: '/v1/indicators',
      headers: await bearer({ sub: 'h', role: 'hr' }),
    });
    expect(personal.headers['cache-control']).toBe('no-store');
    expect((await app.inject({ method: 'GET', url: '/v1/nothing-here' })).headers['cache-control']).toBe('no-store');
    expect((await app.inject({ method: 'GET', url: '/v1/keys' })).headers['cache-control']).toBe('public, max-age=300');
  });
});

describe('CORS', () => {
  it('is open on routes marked public, preflight included', async () => {
    const simple = await app.inject({ method: 'GET', url: '/v1/keys', headers: { origin } });
    expect(simple.headers['access-control-allow-origin']).toBe('*');
    expect(simple.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/v1/verify',
      headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD, POST');
  });

  it('is closed on every other route, and a preflight there is 405', async () => {
    const simple = await app.inject({ method: 'POST', url: '/v1/things', headers: { origin }, payload: {} });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/v1/things',
      headers: { origin, 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(405);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers.allow).toBe('POST');
  });
});

describe('/metrics', () => {
  it('needs an ops (or admin) token', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/metrics' });
    expect(anonymous.statusCode).toBe(401);
    const hr = await app.inject({ method: 'GET', url: '/metrics', headers: await bearer({ sub: 'h', role: 'hr' }) });
    expect(hr.statusCode).toBe(403);
    const ops = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: await bearer({ sub: 'prom', role: 'ops' }),
    });
    expect(ops.statusCode).toBe(200);
    expect(ops.body).toContain('process_cpu_user_seconds_total');
  });
});
