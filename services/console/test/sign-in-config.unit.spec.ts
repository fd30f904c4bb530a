import { describe, expect, it } from 'vitest';
import { signInOf } from '../src/auth/sign-in-config.ts';
import { consoleConfigSchema } from '../src/config.ts';

const schema = consoleConfigSchema({ name: 'console', port: 4100 });
const secret = 'a-development-secret-of-at-least-32-characters';
const provider = {
  AUTH_ISSUER: 'https://id.example.gov.cn/realms/tianfu',
  OIDC_CLIENT_ID: 'tianfu-console',
  OIDC_REDIRECT_URI: 'https://console.example.gov.cn/auth/callback',
};
const problems = (env: Record<string, string>) =>
  schema.safeParse(env).error?.issues.map((i) => [i.path[0], i.message]);

describe('which sign-in the console offers (docs/adr/0011-console-sign-in.md)', () => {
  it('given a development secret outside production, when read, then it offers development sign-in', () => {
    expect(signInOf(schema.parse({ AUTH_JWT_SECRET: secret }))).toEqual({ mode: 'dev', secret });
  });

  it('given NODE_ENV=production and the same secret, then there is no development sign-in', () => {
    expect(signInOf(schema.parse({ NODE_ENV: 'production', AUTH_JWT_SECRET: secret }))).toEqual({ mode: 'none' });
  });

  it('given a provider, then it offers the provider only, with the services’ token settings', () => {
    const signIn = signInOf(schema.parse({ ...provider, AUTH_JWT_SECRET: secret, NODE_ENV: 'production' }));
    expect(signIn).toEqual({
      mode: 'oidc',
      issuer: { issuer: provider.AUTH_ISSUER, audience: 'tianfu', algorithms: ['RS256', 'ES256'] },
      client: { clientId: 'tianfu-console', redirectUri: provider.OIDC_REDIRECT_URI, scope: 'openid' },
    });
  });

  it('given a provider without its client, an http redirect in production or a scope without openid, then each is named', () => {
    expect(problems({ AUTH_ISSUER: provider.AUTH_ISSUER })).toEqual([
      ['OIDC_CLIENT_ID', 'is required with AUTH_ISSUER'],
      ['OIDC_REDIRECT_URI', 'is required with AUTH_ISSUER'],
    ]);
    const http = {
      ...provider,
      NODE_ENV: 'production',
      OIDC_REDIRECT_URI: 'http://console.example.gov.cn/auth/callback',
    };
    expect(problems(http)).toEqual([['OIDC_REDIRECT_URI', 'is https in production']]);
    expect(problems({ ...provider, OIDC_SCOPE: 'profile' })).toEqual([
      ['OIDC_SCOPE', 'a space-separated list that names openid'],
    ]);
  });
});
