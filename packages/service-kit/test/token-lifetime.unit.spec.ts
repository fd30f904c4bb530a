import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../src/index.ts';
import { buildTestApp, NOW, SECRET } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

const nowSeconds = Math.floor(NOW.getTime() / 1000);
const HOUR = 3600;

/** A correctly signed hr token whose iat and exp the test chooses (undefined leaves the claim out). */
function hrToken(times: { iat?: number; exp?: number }, secret = SECRET): Promise<string> {
  const jwt = new SignJWT({ role: 'hr' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('hr-1')
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE);
  if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
  if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
  return jwt.sign(new TextEncoder().encode(secret));
}

const indicators = async (token: string) =>
  app.inject({ method: 'GET', url: '/v1/indicators', headers: { authorization: `Bearer ${token}` } });

describe('token lifetime', () => {
  it('refuses a 100-year token with 401 problem+json naming the rule', async () => {
    const response = await indicators(await hrToken({ iat: nowSeconds, exp: nowSeconds + 100 * 365 * 24 * HOUR }));
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: 'token lifetime (exp - iat) must not exceed 43200 seconds',
      maxLifetimeSeconds: 43200,
    });
  });

  it('refuses a token one second past the maximum and accepts one at it', async () => {
    expect(
      (await indicators(await hrToken({ iat: nowSeconds - 60, exp: nowSeconds + 12 * HOUR - 59 }))).statusCode,
    ).toBe(401);
    expect(
      (await indicators(await hrToken({ iat: nowSeconds - 60, exp: nowSeconds + 12 * HOUR - 60 }))).statusCode,
    ).toBe(200);
  });

  it('refuses tokens without exp or iat, naming the claim', async () => {
    const noIat = await indicators(await hrToken({ exp: nowSeconds + HOUR }));
    expect(noIat.statusCode).toBe(401);
    expect(noIat.json().detail).toBe('token must carry a numeric iat claim');
    const noExp = await indicators(await hrToken({ iat: nowSeconds }));
    expect(noExp.statusCode).toBe(401);
    expect(noExp.json().detail).toBe('token must carry a numeric exp claim');
  });

  it('refuses a token issued in the future, which would stretch its window', async () => {
    const response = await indicators(await hrToken({ iat: nowSeconds + 6 * HOUR, exp: nowSeconds + 12 * HOUR }));
    expect(response.statusCode).toBe(401);
    expect(response.json().detail).toBe('token is issued in the future (iat)');
  });

  it('takes a shorter maximum from the options', async () => {
    const strict = await buildTestApp({ auth: { secret: SECRET, now: () => NOW, maxLifetimeSeconds: HOUR } });
    try {
      const token = await hrToken({ iat: nowSeconds, exp: nowSeconds + 2 * HOUR });
      const response = await strict.inject({
        method: 'GET',
        url: '/v1/indicators',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().maxLifetimeSeconds).toBe(HOUR);
    } finally {
      await strict.close();
    }
  });
});
