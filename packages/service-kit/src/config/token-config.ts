import { z } from 'zod';
import type { OidcIssuerOptions } from '../auth/issuer-keys.ts';
import { DEFAULT_TOKEN_MAX_LIFETIME_SECONDS, ISSUER_ALGORITHMS, TOKEN_AUDIENCE } from '../auth/token-settings.ts';
import { commaList } from './comma-list.ts';
import type { ConfigIssue } from './config-error.ts';
import type { Env } from './env.ts';

const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' });

const algorithmList = commaList(z.enum(ISSUER_ALGORITHMS));

/** How a service checks bearer tokens: an OIDC issuer's keys (production) or a shared HS256 secret (development). */
export const tokenConfigSchema = z.object({
  // Development only: HS256 tokens from `pnpm run token`; ignored once AUTH_ISSUER is set.
  AUTH_JWT_SECRET: z.string().min(32).optional(),
  AUTH_ISSUER: httpUrl.optional(),
  AUTH_JWKS_URL: httpUrl.optional(),
  AUTH_AUDIENCE: z.string().trim().min(1).default(TOKEN_AUDIENCE),
  AUTH_ALGORITHMS: algorithmList.default([...ISSUER_ALGORITHMS]),
  // The longest token lifetime (exp - iat) accepted; 12 h, what `pnpm run token` signs.
  AUTH_TOKEN_MAX_LIFETIME_SECONDS: z
    .string()
    .regex(/^\d{1,7}$/, 'whole seconds')
    .transform(Number)
    .pipe(z.number().int().min(60))
    .default(DEFAULT_TOKEN_MAX_LIFETIME_SECONDS),
});

export type TokenConfig = z.output<typeof tokenConfigSchema>;

const isSet = (value: string | undefined): boolean => value !== undefined && value !== '';

/** The rules across variables that a zod object cannot state and still be extended. */
export function tokenConfigIssues(env: Env): ConfigIssue[] {
  const production = env.NODE_ENV === 'production';
  const issues: ConfigIssue[] = [];
  if (!isSet(env.AUTH_ISSUER)) {
    if (production) {
      issues.push({
        variable: 'AUTH_ISSUER',
        rule: 'required_in_production',
        message:
          "production tokens are checked against an OIDC issuer's keys (AUTH_ISSUER, AUTH_AUDIENCE); HS256 with AUTH_JWT_SECRET is for development only",
      });
    } else if (!isSet(env.AUTH_JWT_SECRET)) {
      issues.push({ variable: 'AUTH_JWT_SECRET', rule: 'required', message: 'is not set (nor is AUTH_ISSUER)' });
    }
    if (isSet(env.AUTH_JWKS_URL)) {
      issues.push({ variable: 'AUTH_JWKS_URL', rule: 'issuer_required', message: 'is read only with AUTH_ISSUER' });
    }
  }
  if (production) {
    for (const variable of ['AUTH_ISSUER', 'AUTH_JWKS_URL'] as const) {
      if (/^http:/i.test(env[variable] ?? '')) {
        issues.push({ variable, rule: 'https_in_production', message: 'keys are fetched over https in production' });
      }
    }
  }
  return issues;
}

/** What `createServiceApp` takes to check tokens: the issuer when one is configured, else the secret. */
export function tokenKeys(config: TokenConfig): { readonly authSecret?: string; readonly oidc?: OidcIssuerOptions } {
  if (config.AUTH_ISSUER === undefined) {
    return config.AUTH_JWT_SECRET === undefined ? {} : { authSecret: config.AUTH_JWT_SECRET };
  }
  return {
    oidc: {
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      algorithms: config.AUTH_ALGORITHMS,
      ...(config.AUTH_JWKS_URL === undefined ? {} : { jwksUrl: config.AUTH_JWKS_URL }),
    },
  };
}
