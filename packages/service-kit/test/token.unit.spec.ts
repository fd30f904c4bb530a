import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createTokenVerifier, DEV_JWT_SECRET } from '../src/index.ts';
import { runTs } from './support/child.ts';
import { buildTestApp, NOW, SECRET, tokenFor } from './support/test-app.ts';

const script = 'packages/service-kit/scripts/token.ts';

let app: App;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

describe('signToken', () => {
  it('makes a token the app accepts', async () => {
    const token = await tokenFor({ sub: 'hr-1', role: 'hr', region: '510100' });
    const response = await app.inject({
      method: 'GET',
      url: '/v1/indicators',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
  });

  it('signs the claims the verifier reads back, valid for 12 hours', async () => {
    const token = await tokenFor({ sub: 'b-1', role: 'assessment-body', bodyId: 'B-1' });
    const verifyAt = (at: Date) => createTokenVerifier({ secret: SECRET, now: () => at })(`Bearer ${token}`);
    expect(await verifyAt(NOW)).toEqual({ sub: 'b-1', role: 'assessment-body', bodyId: 'B-1' });
    await expect(verifyAt(new Date(NOW.getTime() + 12 * 3600 * 1000 + 1000))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('pnpm run token', () => {
  it('prints a token for a role and scope that an app with the same secret accepts', async () => {
    const { code, stdout } = await runTs(script, ['assessment-body', 'B-7']);
    expect(code).toBe(0);
    const verify = createTokenVerifier({ secret: DEV_JWT_SECRET });
    expect(await verify(`Bearer ${stdout.trim()}`)).toEqual({
      sub: 'dev-assessment-body-B-7',
      role: 'assessment-body',
      bodyId: 'B-7',
    });
  }, 30_000);

  it('signs with AUTH_JWT_SECRET when it is set', async () => {
    const { stdout } = await runTs(script, ['admin'], { AUTH_JWT_SECRET: SECRET });
    // Judged by the real clock: the token is issued now, and its lifetime is within the verifier's maximum.
    const live = await buildTestApp({ auth: { secret: SECRET } });
    const response = await live.inject({
      method: 'GET',
      url: '/v1/bodies/B-1/sessions',
      headers: { authorization: `Bearer ${stdout.trim()}` },
    });
    await live.close();
    expect(response.statusCode).toBe(200);
  }, 30_000);

  it('rejects an unknown role with a clear message and exit code 1', async () => {
    const { code, stdout, stderr } = await runTs(script, ['janitor']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown role "janitor"');
    expect(stderr).toContain('assessment-body');
  }, 30_000);
});
