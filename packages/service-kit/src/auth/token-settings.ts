export const TOKEN_ISSUER = 'tianfu-skills';
export const TOKEN_AUDIENCE = 'tianfu';

/** For local runs and tests only: loadConfig refuses it when NODE_ENV=production. */
export const DEV_JWT_SECRET = 'tianfu-skills-local-development-secret-do-not-deploy';

export const secretKey = (secret: string): Uint8Array => new TextEncoder().encode(secret);
