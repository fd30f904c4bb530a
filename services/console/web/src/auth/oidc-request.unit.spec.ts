import { describe, expect, it } from 'vitest';
import { authorizationUrl, safeReturnPath } from './oidc-request.ts';

const provider = {
  issuer: 'https://id.example.gov.cn/realms/tianfu',
  authorizationEndpoint: 'https://id.example.gov.cn/realms/tianfu/auth?kc_idp_hint=gov',
  clientId: 'tianfu-console',
  redirectUri: 'https://console.example.gov.cn/auth/callback',
  scope: 'openid profile',
};

describe('the authorization request the browser leaves with', () => {
  it('given the provider and the tab’s state, nonce and challenge, then it asks for a code with PKCE S256', () => {
    const url = authorizationUrl(provider, { state: 's1', nonce: 'n1', codeChallenge: 'c1' });
    expect(url.origin + url.pathname).toBe('https://id.example.gov.cn/realms/tianfu/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      kc_idp_hint: 'gov',
      response_type: 'code',
      client_id: 'tianfu-console',
      redirect_uri: provider.redirectUri,
      scope: 'openid profile',
      state: 's1',
      nonce: 'n1',
      code_challenge: 'c1',
      code_challenge_method: 'S256',
    });
  });

  it('given a place to return to, then only a path of the console is kept', () => {
    expect(safeReturnPath('/admin/bodies?x=1')).toBe('/admin/bodies?x=1');
    for (const elsewhere of ['https://evil.example', '//evil.example', '/\\evil.example', null]) {
      expect(safeReturnPath(elsewhere)).toBe('/');
    }
  });
});
