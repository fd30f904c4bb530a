/** The provider's part the browser needs to start a sign-in, served by the console at /console/settings. */
export interface OidcProvider {
  readonly issuer: string;
  readonly authorizationEndpoint: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scope: string;
}

/** What the tab keeps between leaving for the provider and coming back to /auth/callback. */
export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  /** The console path to open once signed in. */
  readonly returnTo: string;
}

/** The authorization request (RFC 6749 §4.1.1, PKCE RFC 7636 §4.3, OIDC Core §3.1.2.1). */
export function authorizationUrl(
  provider: OidcProvider,
  { state, nonce, codeChallenge }: { state: string; nonce: string; codeChallenge: string },
): URL {
  const url = new URL(provider.authorizationEndpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', provider.clientId);
  url.searchParams.set('redirect_uri', provider.redirectUri);
  url.searchParams.set('scope', provider.scope);
  url.searchParams.set('state', state);
  url.searchParams.set('nonce', nonce);
  url.searchParams.set('code_challenge', codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url;
}

/** Only a path of the console itself is a place to return to: never another origin. */
export const safeReturnPath = (path: string | null): string =>
  path?.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/';
