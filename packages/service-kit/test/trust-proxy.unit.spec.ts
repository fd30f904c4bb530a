import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, baseConfigSchema, isConfigError, loadConfig, trustedProxies } from '../src/index.ts';
import { buildTestApp } from './support/test-app.ts';

const env = {
  SERVICE_NAME: 'certification',
  PORT: '4102',
  KAFKA_BROKERS: '127.0.0.1:9092',
  MONGO_URL: 'mongodb://127.0.0.1:27017/certification',
  AUTH_JWT_SECRET: 'a-production-secret-of-at-least-32-chars',
};
const configOf = (extra: Record<string, string>) => loadConfig(baseConfigSchema, { ...env, ...extra });

describe('TRUST_PROXY', () => {
  it('given nothing set, when developing, then the loopback proxy is trusted; in production none is', () => {
    expect(trustedProxies(configOf({}).TRUST_PROXY, 'development')).toEqual(['127.0.0.1', '::1']);
    expect(trustedProxies(configOf({}).TRUST_PROXY, 'production')).toEqual([]);
  });

  it('given addresses and ranges, then exactly those are trusted, in production too', () => {
    const config = configOf({
      TRUST_PROXY: '10.0.0.7, 10.1.0.0/16,fd00::/8',
      NODE_ENV: 'production',
      AUTH_ISSUER: 'https://id.example.test/realms/tianfu',
    });
    expect(trustedProxies(config.TRUST_PROXY, config.NODE_ENV)).toEqual(['10.0.0.7', '10.1.0.0/16', 'fd00::/8']);
  });

  it('given none, then no proxy is trusted while developing either', () => {
    expect(trustedProxies(configOf({ TRUST_PROXY: 'none' }).TRUST_PROXY, 'development')).toEqual([]);
  });

  it.each(['localhost', '10.0.0.0/33', '10.0.0.1/8/1', ''])('refuses %j, naming the variable and the rule', (bad) => {
    try {
      configOf({ TRUST_PROXY: bad });
      expect.unreachable('a bad TRUST_PROXY must fail the config');
    } catch (error) {
      if (!isConfigError(error)) throw error;
      expect(error.issues.map((issue) => issue.variable)).toEqual(['TRUST_PROXY']);
    }
  });
});

describe('the client address behind a trusted proxy', () => {
  let behindProxy: App;
  let direct: App;
  beforeAll(async () => {
    behindProxy = await buildTestApp({ trustProxy: ['127.0.0.1'] });
    direct = await buildTestApp();
  });
  afterAll(async () => {
    await behindProxy.close();
    await direct.close();
  });

  const call = (app: App, client: string, remoteAddress = '127.0.0.1') =>
    app.inject({ method: 'GET', url: '/v1/verify', remoteAddress, headers: { 'x-forwarded-for': client } });

  it('counts each browser forwarded by the proxy apart, and answers the limited one 429 problem+json with Retry-After', async () => {
    expect((await call(behindProxy, '203.0.113.1')).statusCode).toBe(200);
    expect((await call(behindProxy, '203.0.113.1')).statusCode).toBe(200);
    const limited = await call(behindProxy, '203.0.113.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect((await call(behindProxy, '203.0.113.2')).statusCode).toBe(200);
  });

  it('ignores X-Forwarded-For from an address that is not a trusted proxy', async () => {
    expect((await call(behindProxy, '203.0.113.10', '198.51.100.9')).statusCode).toBe(200);
    expect((await call(behindProxy, '203.0.113.11', '198.51.100.9')).statusCode).toBe(200);
    expect((await call(behindProxy, '203.0.113.12', '198.51.100.9')).statusCode).toBe(429);
  });

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    expect((await call(direct, '203.0.113.20')).statusCode).toBe(200);
    expect((await call(direct, '203.0.113.21')).statusCode).toBe(200);
    expect((await call(direct, '203.0.113.22')).statusCode).toBe(429);
  });
});
