import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/index.ts';
import { buildTestApp } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

describe('rate limit', () => {
  it('answers 429 problem+json with Retry-After once a route that opted in is over its limit', async () => {
    const call = () => app.inject({ method: 'GET', url: '/v1/verify' });
    expect((await call()).statusCode).toBe(200);
    expect((await call()).statusCode).toBe(200);
    const limited = await call();
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED', instance: '/v1/verify' });
  });

  it('leaves routes that did not opt in unlimited', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    }
  });
});
