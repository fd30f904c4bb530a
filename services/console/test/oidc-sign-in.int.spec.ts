import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTokenVerifier } from '@tianfu/service-kit';
import type { FastifyInstance } from 'fastify';
import { calculatePKCECodeChallenge, generateRandomCodeVerifier } from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsoleApp } from '../src/app.ts';
import { oidcSignIn } from '../src/auth/oidc-exchange.ts';
import { signInOf } from '../src/auth/sign-in-config.ts';
import { consoleConfigSchema, UPSTREAMS, type Upstream } from '../src/config.ts';
import { authorizationUrl, type OidcProvider } from '../web/src/auth/oidc-request.ts';
import { startOidcProvider } from './support/oidc-provider.ts';

// The console signing a user in with a real (local) OpenID provider over HTTP, as in production.
describe('sign-in with the identity provider (docs/adr/0011-console-sign-in.md)', () => {
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;
  let app: FastifyInstance;
  let webRoot: string;
  const redirectUri = 'http://127.0.0.1:4100/auth/callback';

  beforeAll(async () => {
    provider = await startOidcProvider();
    webRoot = mkdtempSync(join(tmpdir(), 'console-oidc-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>console</title>');
    // The provider is local, so on http, which production refuses (sign-in-config.unit.spec.ts).
    const env = {
      NODE_ENV: 'test',
      AUTH_JWT_SECRET: 'a-development-secret-of-at-least-32-characters',
      AUTH_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'tianfu-console',
      OIDC_REDIRECT_URI: redirectUri,
      OIDC_SCOPE: 'openid profile',
    };
    const signIn = signInOf(consoleConfigSchema({ name: 'console', port: 4100 }).parse(env));
    if (signIn.mode !== 'oidc') throw new Error(`expected the provider's sign-in, got ${signIn.mode}`);
    const upstreams = Object.fromEntries(UPSTREAMS.map((s) => [s, 'http://127.0.0.1:9'])) as Record<Upstream, string>;
    const oidc = oidcSignIn(signIn.issuer, signIn.client);
    app = await buildConsoleApp({ upstreams, webRoot, oidc, logLevel: 'silent' });
  });
  afterAll(async () => {
    await Promise.all([app?.close(), provider?.close()]);
    rmSync(webRoot, { recursive: true, force: true });
  });

  /** The browser's part: leave for the provider with a fresh verifier, and come back with a code. */
  const signInAtProvider = async (claims: Record<string, unknown>) => {
    const settings = (await app.inject({ url: '/auth/oidc/provider' })).json() as OidcProvider;
    const codeVerifier = generateRandomCodeVerifier();
    const pending = { state: 'state-1', nonce: 'nonce-1', codeVerifier };
    const url = authorizationUrl(settings, {
      ...pending,
      codeChallenge: await calculatePKCECodeChallenge(codeVerifier),
    });
    return { ...pending, callback: provider.authorize(url, claims) };
  };
  const exchange = (payload: object) => app.inject({ method: 'POST', url: '/auth/oidc/token', payload });

  it('offers the provider, and no development sign-in, once a provider is configured', async () => {
    expect((await app.inject({ url: '/console/settings' })).json()).toEqual({ devSignIn: false, oidcSignIn: true });
    expect((await app.inject({ method: 'POST', url: '/auth/dev-token', payload: { role: 'admin' } })).statusCode).toBe(
      404,
    );
    expect((await app.inject({ url: '/auth/oidc/provider' })).json()).toEqual({
      issuer: provider.issuer,
      authorizationEndpoint: `${provider.issuer}/authorize`,
      clientId: 'tianfu-console',
      redirectUri,
      scope: 'openid profile',
    });
  });

  it('exchanges the code for an access token the services accept, with the principal it names', async () => {
    const answer = await exchange(await signInAtProvider({ sub: 'u-17', role: 'hr', region: '510100' }));
    expect(answer.statusCode).toBe(200);
    const { token, principal } = answer.json() as { token: string; principal: object };
    expect(principal).toEqual({ sub: 'u-17', role: 'hr', region: '510100' });
    const services = createTokenVerifier({
      oidc: { issuer: provider.issuer, audience: 'tianfu', algorithms: ['RS256'] },
    });
    expect(await services(`Bearer ${token}`)).toEqual(principal);
  });

  it('refuses a code used twice, a state that is not the tab’s and a verifier that is not the challenge’s', async () => {
    const once = await signInAtProvider({ sub: 'u-1', role: 'admin' });
    expect((await exchange(once)).statusCode).toBe(200);
    expect((await exchange(once)).json()).toMatchObject({ status: 400, code: 'SIGN_IN_REFUSED' });
    const forged = await signInAtProvider({ sub: 'u-1', role: 'admin' });
    expect((await exchange({ ...forged, state: 'another' })).json()).toMatchObject({ code: 'SIGN_IN_REFUSED' });
    const stolen = await signInAtProvider({ sub: 'u-1', role: 'admin' });
    const otherVerifier = generateRandomCodeVerifier();
    expect((await exchange({ ...stolen, codeVerifier: otherVerifier })).json()).toMatchObject({
      code: 'SIGN_IN_REFUSED',
    });
  });

  it('refuses an access token the services would refuse: a body role that names no body', async () => {
    const answer = await exchange(await signInAtProvider({ sub: 'u-2', role: 'assessment-body' }));
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'SIGN_IN_REFUSED', detail: expect.stringContaining('access token') });
  });

  it('answers a malformed exchange with 400 naming the field', async () => {
    const answer = await exchange({ callback: '?code=x', state: 's', codeVerifier: 'short', nonce: 'n' });
    expect(answer.statusCode).toBe(400);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.json()).toMatchObject({ errors: [{ field: 'codeVerifier' }] });
  });
});
