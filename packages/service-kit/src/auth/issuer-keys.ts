import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { operationalError } from '../errors/operational-error.ts';
import type { IssuerAlgorithm } from './token-settings.ts';

/** Production tokens: signed by an OIDC issuer with one of the keys it publishes (RS256/ES256). */
export interface OidcIssuerOptions {
  /** The `iss` every token must carry, e.g. `https://id.example.gov.cn/realms/tianfu`. */
  readonly issuer: string;
  /** The `aud` every token must carry. */
  readonly audience: string;
  /** The issuer's key set; found in `${issuer}/.well-known/openid-configuration` when not given. */
  readonly jwksUrl?: string;
  readonly algorithms: readonly IssuerAlgorithm[];
  /**
   * Least time between two fetches of the key set when a token names a kid it does not hold (jose's
   * 30 s when not given): a rotated key is picked up, a flood of made-up kids does not flood the issuer.
   */
  readonly jwksCooldownMs?: number;
}

const FETCH_TIMEOUT_MS = 5_000;

const DiscoverySchema = z.object({ issuer: z.string(), jwks_uri: z.url({ protocol: /^https?$/ }) });

// An infrastructure fault: 503, logged with the reason, counted in operational_errors_total.
const issuerUnreachable = (issuer: string, cause: unknown) =>
  operationalError('TOKEN_ISSUER_UNREACHABLE', "the token issuer's keys cannot be fetched", {
    issuer,
    reason: cause instanceof Error ? cause.message : String(cause),
  });

// OpenID Connect Discovery 1.0 §4: the issuer, without a trailing slash, followed by the well-known path.
async function discoverJwksUrl(issuer: string): Promise<URL> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
    headers: { accept: 'application/json' },
    redirect: 'manual',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (response.status !== 200) throw new Error(`openid-configuration answered ${response.status}`);
  const document = DiscoverySchema.parse(await response.json());
  // §4.3: a document naming another issuer is not this issuer's.
  if (document.issuer !== issuer) throw new Error(`openid-configuration names the issuer ${document.issuer}`);
  const jwksUrl = new URL(document.jwks_uri);
  if (issuer.startsWith('https:') && jwksUrl.protocol !== 'https:') throw new Error('the key set is not on https');
  return jwksUrl;
}

// Errors of the key lookup itself (no key with that kid, several) judge the token; the rest are the issuer's.
const TOKEN_KEY_ERRORS = new Set([
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
  'ERR_JOSE_NOT_SUPPORTED',
]);

const judgesToken = (error: unknown): boolean =>
  TOKEN_KEY_ERRORS.has(String((error as { code?: unknown } | null)?.code));

/**
 * The issuer's keys, by kid, through jose's remote key set (cached, fetched again for an unknown kid
 * after the cooldown). The key set's address is discovered at the first token, and again after a failure.
 * An issuer that cannot be reached is a 503, never a 401 the client could do nothing about.
 */
export function issuerKeys(options: OidcIssuerOptions): JWTVerifyGetKey {
  let keySet: Promise<JWTVerifyGetKey> | undefined;
  const load = (): Promise<JWTVerifyGetKey> => {
    keySet ??= (options.jwksUrl ? Promise.resolve(new URL(options.jwksUrl)) : discoverJwksUrl(options.issuer)).then(
      (url) =>
        createRemoteJWKSet(url, {
          timeoutDuration: FETCH_TIMEOUT_MS,
          ...(options.jwksCooldownMs === undefined ? {} : { cooldownDuration: options.jwksCooldownMs }),
        }),
      (error: unknown) => {
        keySet = undefined;
        throw issuerUnreachable(options.issuer, error);
      },
    );
    return keySet;
  };
  return async (header, token) => {
    const keys = await load();
    try {
      return await keys(header, token);
    } catch (error) {
      throw judgesToken(error) ? error : issuerUnreachable(options.issuer, error);
    }
  };
}
