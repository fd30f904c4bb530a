export const TOKEN_ISSUER = 'tianfu-skills';
export const TOKEN_AUDIENCE = 'tianfu';

/** For local runs and tests only: loadConfig refuses it when NODE_ENV=production. */
export const DEV_JWT_SECRET = 'tianfu-skills-local-development-secret-do-not-deploy';

/** What `signToken` (and so `pnpm run token`) gives a token, and the most a verifier accepts by default. */
export const DEFAULT_TOKEN_TTL_SECONDS = 12 * 60 * 60;
export const DEFAULT_TOKEN_MAX_LIFETIME_SECONDS = DEFAULT_TOKEN_TTL_SECONDS;

/** What an OIDC issuer's tokens may be signed with: public-key algorithms only, so no shared secret exists. */
export const ISSUER_ALGORITHMS = ['RS256', 'ES256'] as const;
export type IssuerAlgorithm = (typeof ISSUER_ALGORITHMS)[number];

export const secretKey = (secret: string): Uint8Array => new TextEncoder().encode(secret);
