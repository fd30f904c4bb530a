import { createTokenVerifier, type OidcIssuerOptions, type Principal } from '@tianfu/service-kit';
import * as oauth from 'oauth4webapi';
import type { OidcClientSettings } from './sign-in-config.ts';

/** What the callback page hands over: the provider's answer as it came, and what the tab kept. */
export interface CodeExchange {
  /** The callback URL's query string (`code`, `state`, and `iss` where the provider sends it). */
  readonly callback: string;
  readonly state: string;
  readonly codeVerifier: string;
  readonly nonce: string;
}

/** The provider's part the browser needs to start a sign-in. */
export interface ProviderSettings extends OidcClientSettings {
  readonly issuer: string;
  readonly authorizationEndpoint: string;
}

export interface SignedIn {
  readonly token: string;
  readonly principal: Principal;
}

export interface OidcSignIn {
  provider(): Promise<ProviderSettings>;
  /** The access token for the code, once the ID token and the access token are judged good. */
  exchange(request: CodeExchange): Promise<SignedIn>;
}

/** Why a sign-in failed: the answer brought back (400) or the provider (502). */
export interface SignInFailure extends Error {
  readonly code: 'SIGN_IN_REFUSED' | 'IDENTITY_PROVIDER_FAILED';
  readonly status: 400 | 502;
}

const failure = (status: 400 | 502, message: string, cause: unknown): SignInFailure =>
  Object.assign(new Error(`${message}: ${cause instanceof Error ? cause.message : String(cause)}`), {
    code: status === 400 ? ('SIGN_IN_REFUSED' as const) : ('IDENTITY_PROVIDER_FAILED' as const),
    status,
  });

export const isSignInFailure = (error: unknown): error is SignInFailure =>
  error instanceof Error &&
  ['SIGN_IN_REFUSED', 'IDENTITY_PROVIDER_FAILED'].includes(String((error as { code?: unknown }).code));

/**
 * The console's side of the authorization code flow (docs/adr/0011-console-sign-in.md): discovery
 * once, then per sign-in the state, the code exchanged with its PKCE verifier, the ID token's claims
 * (iss, aud, exp, nonce) and the access token checked as every service checks it.
 */
export function oidcSignIn(issuer: OidcIssuerOptions, client: OidcClientSettings): OidcSignIn {
  const issuerUrl = new URL(issuer.issuer);
  // A local provider in development and tests is http; the configuration refuses it in production.
  const transport = { [oauth.allowInsecureRequests]: issuerUrl.protocol === 'http:' };
  const verify = createTokenVerifier({ oidc: issuer });
  const oauthClient: oauth.Client = { client_id: client.clientId };
  let server: Promise<oauth.AuthorizationServer> | undefined;
  const discovered = () => {
    server ??= oauth
      .discoveryRequest(issuerUrl, transport)
      .then((response) => oauth.processDiscoveryResponse(issuerUrl, response))
      .catch((error: unknown) => {
        server = undefined;
        throw failure(502, 'the identity provider cannot be discovered', error);
      });
    return server;
  };
  const tokens = async (as: oauth.AuthorizationServer, { callback, state, codeVerifier, nonce }: CodeExchange) => {
    let params: URLSearchParams;
    try {
      params = oauth.validateAuthResponse(as, oauthClient, new URLSearchParams(callback), state);
    } catch (error) {
      throw failure(400, 'the answer brought back from the provider is refused', error);
    }
    try {
      const response = await oauth.authorizationCodeGrantRequest(
        as,
        oauthClient,
        oauth.None(),
        params,
        client.redirectUri,
        codeVerifier,
        transport,
      );
      return await oauth.processAuthorizationCodeResponse(as, oauthClient, response, {
        expectedNonce: nonce,
        requireIdToken: true,
      });
    } catch (error) {
      throw failure(400, 'the provider did not exchange the code for valid tokens', error);
    }
  };
  return {
    async provider() {
      const as = await discovered();
      if (as.authorization_endpoint === undefined)
        throw failure(502, 'the identity provider', 'names no authorization endpoint');
      return { ...client, issuer: as.issuer, authorizationEndpoint: as.authorization_endpoint };
    },
    async exchange(request) {
      const { access_token: token } = await tokens(await discovered(), request);
      try {
        return { token, principal: await verify(`Bearer ${token}`) };
      } catch (error) {
        throw failure(400, 'the access token is not one the services accept', error);
      }
    },
  };
}
