import { SignJWT } from 'jose';
import type { Principal } from './principal.ts';
import { DEFAULT_TOKEN_TTL_SECONDS, secretKey, TOKEN_AUDIENCE, TOKEN_ISSUER } from './token-settings.ts';

export interface SignTokenOptions {
  readonly secret: string;
  readonly principal: Principal;
  /** Lifetime in seconds; 12 h by default. */
  readonly ttlSeconds?: number;
  readonly now?: () => Date;
}

/** HS256 token with the claims `verifyToken` accepts; used by the dev-token script and by tests. */
export async function signToken({
  secret,
  principal,
  ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS,
  now = () => new Date(),
}: SignTokenOptions): Promise<string> {
  const issuedAt = Math.floor(now().getTime() / 1000);
  const { sub, ...claims } = principal;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(secretKey(secret));
}
