import { type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { AppError } from '../errors/app-error.ts';
import { unauthenticated } from '../errors/common-errors.ts';
import { isOperationalError } from '../errors/operational-error.ts';
import { issuerKeys, type OidcIssuerOptions } from './issuer-keys.ts';
import { type Principal, PrincipalSchema } from './principal.ts';
import { DEFAULT_TOKEN_MAX_LIFETIME_SECONDS, secretKey, TOKEN_AUDIENCE, TOKEN_ISSUER } from './token-settings.ts';

interface TokenCheckOptions {
  /** The clock expiry is judged by. */
  readonly now?: () => Date;
  /** Longest accepted `exp - iat` in seconds (12 h by default): a stolen long-lived token stays a short risk. */
  readonly maxLifetimeSeconds?: number;
}

/** Development and tests: HS256 tokens signed with a shared secret (`signToken`, `pnpm run token`). */
export interface SecretKeyOptions {
  readonly secret: string;
  readonly issuer?: string;
  readonly audience?: string;
}

/** Production: tokens of an OIDC issuer, checked against its published keys; HS256 is refused. */
export interface IssuerKeyOptions {
  readonly oidc: OidcIssuerOptions;
}

export type TokenVerifierOptions = TokenCheckOptions & (SecretKeyOptions | IssuerKeyOptions);

/** Resolves the principal of an `Authorization` header value, or rejects with an UNAUTHENTICATED AppError. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

const joseCode = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

const rejection = (error: unknown): AppError => {
  const code = joseCode(error);
  if (code === 'ERR_JWT_EXPIRED') return unauthenticated('token has expired');
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') {
    const claim = (error as { claim?: unknown }).claim;
    if (claim === 'exp' || claim === 'iat') return unauthenticated(`token must carry a numeric ${claim} claim`);
  }
  return unauthenticated('token is not valid');
};

// Tokens minted a moment ahead of our clock still pass.
const CLOCK_SKEW_SECONDS = 60;

function checkLifetime(payload: JWTPayload, maxLifetimeSeconds: number, nowSeconds: number): void {
  const { iat, exp } = payload as { iat: number; exp: number };
  if (exp - iat > maxLifetimeSeconds) {
    throw unauthenticated(`token lifetime (exp - iat) must not exceed ${maxLifetimeSeconds} seconds`, {
      maxLifetimeSeconds,
    });
  }
  if (iat > nowSeconds + CLOCK_SKEW_SECONDS) throw unauthenticated('token is issued in the future (iat)');
}

interface KeyCheck {
  readonly key: Uint8Array | JWTVerifyGetKey;
  readonly issuer: string;
  readonly audience: string;
  readonly algorithms: string[];
}

function keyCheck(options: SecretKeyOptions | IssuerKeyOptions): KeyCheck {
  if ('oidc' in options) {
    const { oidc } = options;
    return { key: issuerKeys(oidc), issuer: oidc.issuer, audience: oidc.audience, algorithms: [...oidc.algorithms] };
  }
  return {
    key: secretKey(options.secret),
    issuer: options.issuer ?? TOKEN_ISSUER,
    audience: options.audience ?? TOKEN_AUDIENCE,
    algorithms: ['HS256'],
  };
}

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const { key, ...check } = keyCheck(options);
  const maxLifetimeSeconds = options.maxLifetimeSeconds ?? DEFAULT_TOKEN_MAX_LIFETIME_SECONDS;
  // jose refuses an algorithm not listed (HS256 or none for an issuer) before any key is looked up, then
  // judges the signature, iss, aud, and exp and nbf against currentDate.
  const verifyOptions = { ...check, requiredClaims: ['sub', 'exp', 'iat'] };
  return async (authorization) => {
    if (!authorization) throw unauthenticated('a Bearer token is required');
    const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/i.exec(authorization);
    if (!match?.[1]) throw unauthenticated('token is not valid');
    const now = options.now?.() ?? new Date();
    const payload = await jwtVerify(match[1], key, { ...verifyOptions, currentDate: now }).then(
      (result) => result.payload,
      // The issuer out of reach is not the token's fault: that fault goes on as a 503.
      (error: unknown) => Promise.reject(isOperationalError(error) ? error : rejection(error)),
    );
    checkLifetime(payload, maxLifetimeSeconds, Math.floor(now.getTime() / 1000));
    const claims = PrincipalSchema.safeParse(payload);
    if (!claims.success) throw unauthenticated('token claims are not valid');
    return claims.data;
  };
}
