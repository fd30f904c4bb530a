import { type OidcIssuerOptions, tokenConfigSchema } from '@tianfu/service-kit';
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' });

/**
 * How the console signs users in (docs/adr/0011-console-sign-in.md): the services' own token
 * settings, so the console judges a token as they do, and the console's client at the provider.
 */
export const signInConfigShape = {
  ...tokenConfigSchema.shape,
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  // Where the provider sends the browser back: the console's /auth/callback page.
  OIDC_REDIRECT_URI: httpUrl.optional(),
  OIDC_SCOPE: z
    .string()
    .trim()
    .default('openid')
    .refine((scope) => scope.split(/\s+/).includes('openid'), 'a space-separated list that names openid'),
};

interface SignInSettings {
  readonly NODE_ENV: 'development' | 'test' | 'production';
  readonly AUTH_JWT_SECRET?: string | undefined;
  readonly AUTH_ISSUER?: string | undefined;
  readonly AUTH_JWKS_URL?: string | undefined;
  readonly AUTH_AUDIENCE: string;
  readonly AUTH_ALGORITHMS: OidcIssuerOptions['algorithms'];
  readonly OIDC_CLIENT_ID?: string | undefined;
  readonly OIDC_REDIRECT_URI?: string | undefined;
  readonly OIDC_SCOPE: string;
}

/** The rules across variables (service-kit adds the issuer's own: required and https in production). */
export function signInIssues(config: SignInSettings): { path: [string]; message: string }[] {
  if (config.AUTH_ISSUER === undefined) return [];
  const issues: { path: [string]; message: string }[] = [];
  for (const variable of ['OIDC_CLIENT_ID', 'OIDC_REDIRECT_URI'] as const) {
    if (config[variable] === undefined) issues.push({ path: [variable], message: 'is required with AUTH_ISSUER' });
  }
  if (config.NODE_ENV === 'production' && config.OIDC_REDIRECT_URI?.startsWith('http:')) {
    issues.push({ path: ['OIDC_REDIRECT_URI'], message: 'is https in production' });
  }
  return issues;
}

/** The console's client at the provider, as the browser and the code exchange need it. */
export interface OidcClientSettings {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scope: string;
}

export type SignIn =
  | { readonly mode: 'oidc'; readonly issuer: OidcIssuerOptions; readonly client: OidcClientSettings }
  | { readonly mode: 'dev'; readonly secret: string }
  | { readonly mode: 'none' };

/**
 * Which sign-in the console offers: the provider's when one is configured, development tokens only
 * outside production and without a provider, never both.
 */
export function signInOf(config: SignInSettings): SignIn {
  const { AUTH_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_REDIRECT_URI: redirectUri } = config;
  if (issuer !== undefined && clientId !== undefined && redirectUri !== undefined) {
    const jwks = config.AUTH_JWKS_URL === undefined ? {} : { jwksUrl: config.AUTH_JWKS_URL };
    return {
      mode: 'oidc',
      issuer: { issuer, audience: config.AUTH_AUDIENCE, algorithms: config.AUTH_ALGORITHMS, ...jwks },
      client: { clientId, redirectUri, scope: config.OIDC_SCOPE },
    };
  }
  if (config.NODE_ENV !== 'production' && issuer === undefined && config.AUTH_JWT_SECRET !== undefined) {
    return { mode: 'dev', secret: config.AUTH_JWT_SECRET };
  }
  return { mode: 'none' };
}
