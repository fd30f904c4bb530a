import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportSPKI, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenKeys } from '../src/config/token-config.ts';
import { type App, createServiceApp, loadConfig, tokenConfigSchema } from '../src/index.ts';
import { newKey, startIssuer } from './support/oidc-issuer.ts';
import { addTestRoutes, SECRET } from './support/test-app.ts';

let issuer: Awaited<ReturnType<typeof startIssuer>>;
let app: App;

/**
 * A service app set up from the environment as main.ts does: AUTH_ISSUER alone, its key set discovered.
 * The secret is set too, and must be ignored. No cooldown between key set fetches, so a rotation shows at once.
 */
async function appFor(env: Record<string, string>): Promise<App> {
  const { oidc } = tokenKeys(loadConfig(tokenConfigSchema, { AUTH_JWT_SECRET: SECRET, ...env }));
  if (!oidc) throw new Error('AUTH_ISSUER was not read');
  const service = await createServiceApp('oidc-test', {
    authSecret: SECRET,
    oidc: { ...oidc, jwksCooldownMs: 0 },
    clock: () => new Date(),
    version: 'test',
    logLevel: 'silent',
  });
  addTestRoutes(service);
  await service.ready();
  return service;
}

beforeAll(async () => {
  issuer = await startIssuer();
  app = await appFor({ AUTH_ISSUER: issuer.issuer });
});
afterAll(async () => {
  await app.close();
  await issuer.close();
});

const hr = { sub: 'hr-1', role: 'hr', region: '510100' };
const indicators = (token: string, on: App = app) =>
  on.inject({ method: 'GET', url: '/v1/indicators', headers: { authorization: `Bearer ${token}` } });

async function expectRefused(token: string, detail = 'token is not valid'): Promise<void> {
  const response = await indicators(token);
  expect(response.statusCode).toBe(401);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.headers['www-authenticate']).toMatch(/^Bearer .*error="invalid_token"/);
  expect(response.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', detail });
}

describe('tokens of an OIDC issuer', () => {
  it('admits RS256 and ES256 tokens, fetching the discovered key set once', async () => {
    for (const alg of ['RS256', 'ES256'] as const) {
      const response = await indicators(await issuer.sign({ alg, claims: hr }));
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ role: 'hr' });
    }
    expect(issuer.fetches).toEqual({ '/.well-known/openid-configuration': 1, '/keys': 1 });
  });

  it('maps the scope claims as for any token', async () => {
    const claims = { sub: 'body-7', role: 'assessment-body', bodyId: 'B-7' };
    const token = await issuer.sign({ alg: 'ES256', claims });
    const own = await app.inject({ url: '/v1/bodies/B-7/sessions', headers: { authorization: `Bearer ${token}` } });
    expect(own.json()).toEqual({ bodyId: 'B-7', caller: 'body-7' });
    const other = await app.inject({ url: '/v1/bodies/B-8/sessions', headers: { authorization: `Bearer ${token}` } });
    expect(other.statusCode).toBe(403);
  });

  it('refuses a token signed by a key the issuer does not publish', async () => {
    const stranger = await newKey('RS256');
    await expectRefused(await issuer.sign({ key: stranger, claims: hr }));
    // A published kid on a token the stranger signed: the signature fails.
    await expectRefused(await issuer.sign({ key: stranger, kid: (await issuer.rotate('RS256')).kid, claims: hr }));
  });

  it('refuses another issuer, another audience, an expired token and one not yet valid', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectRefused(await issuer.sign({ claims: { ...hr, iss: 'https://elsewhere.example' } }));
    await expectRefused(await issuer.sign({ claims: { ...hr, aud: 'another-client' } }));
    await expectRefused(
      await issuer.sign({ claims: { ...hr, iat: now - 7200, exp: now - 3600 } }),
      'token has expired',
    );
    await expectRefused(await issuer.sign({ claims: { ...hr, nbf: now + 600 } }));
  });

  it('keeps the lifetime cap', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await issuer.sign({ claims: { ...hr, iat: now, exp: now + 100 * 24 * 3600 } });
    await expectRefused(token, 'token lifetime (exp - iat) must not exceed 43200 seconds');
  });

  it('refuses HS256, with the development secret or the public key as secret, and alg none', async () => {
    const now = Math.floor(Date.now() / 1000);
    const hs256 = (secret: string) =>
      new SignJWT({ ...hr, iss: issuer.issuer, aud: 'tianfu', iat: now, exp: now + 3600 })
        .setProtectedHeader({ alg: 'HS256' })
        .sign(new TextEncoder().encode(secret));
    const keysBefore = issuer.fetches['/keys'];
    await expectRefused(await hs256(SECRET));
    await expectRefused(await hs256(await exportSPKI((await newKey('RS256')).publicKey)));
    const none = new UnsecuredJWT({ ...hr, iat: now, exp: now + 3600 }).setIssuer(issuer.issuer).setAudience('tianfu');
    await expectRefused(none.encode());
    await expectRefused(`${none.encode()}c2lnbmF0dXJl`);
    // Refused on their algorithm alone: not one look at the issuer's keys.
    expect(issuer.fetches['/keys']).toBe(keysBefore);
  });

  it('picks up a rotated key by its new kid', async () => {
    const key = await issuer.rotate('ES256');
    const response = await indicators(await issuer.sign({ key, claims: hr }));
    expect(response.statusCode).toBe(200);
  });
});

describe('an issuer out of reach', () => {
  it('answers 503 problem+json, not a 401 the caller could do nothing about', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = await appFor({ AUTH_ISSUER: `http://127.0.0.1:${port}` });
    try {
      const response = await indicators(await issuer.sign({ claims: hr }), unreachable);
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ status: 503, code: 'TOKEN_ISSUER_UNREACHABLE' });
      const counted = await unreachable.metrics.getSingleMetric('operational_errors_total')?.get();
      expect(counted?.values).toContainEqual(
        expect.objectContaining({ labels: { code: 'TOKEN_ISSUER_UNREACHABLE' }, value: 1 }),
      );
    } finally {
      await unreachable.close();
    }
  });
});
