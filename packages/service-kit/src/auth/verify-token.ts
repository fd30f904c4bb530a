import { jwtVerify } from 'jose';
import type { AppError } from '../errors/app-error.ts';
import { unauthenticated } from '../errors/common-errors.ts';
import { type Principal, PrincipalSchema } from './principal.ts';
import { secretKey, TOKEN_AUDIENCE, TOKEN_ISSUER } from './token-settings.ts';

export interface TokenVerifierOptions {
  readonly secret: string;
  readonly issuer?: string;
  readonly audience?: string;
  /** The clock expiry is judged by. */
  readonly now?: () => Date;
}

/** Resolves the principal of an `Authorization` header value, or rejects with an UNAUTHENTICATED AppError. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

const joseCode = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

const rejection = (error: unknown): AppError =>
  joseCode(error) === 'ERR_JWT_EXPIRED' ? unauthenticated('token has expired') : unauthenticated('token is not valid');

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const key = secretKey(options.secret);
  const verifyOptions = {
    issuer: options.issuer ?? TOKEN_ISSUER,
    audience: options.audience ?? TOKEN_AUDIENCE,
    algorithms: ['HS256'],
    requiredClaims: ['sub', 'exp'],
  };
  return async (authorization) => {
    if (!authorization) throw unauthenticated('a Bearer token is required');
    const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/i.exec(authorization);
    if (!match?.[1]) throw unauthenticated('token is not valid');
    const payload = await jwtVerify(match[1], key, { ...verifyOptions, currentDate: options.now?.() }).then(
      (result) => result.payload,
      (error: unknown) => Promise.reject(rejection(error)),
    );
    const claims = PrincipalSchema.safeParse(payload);
    if (!claims.success) throw unauthenticated('token claims are not valid');
    return claims.data;
  };
}
