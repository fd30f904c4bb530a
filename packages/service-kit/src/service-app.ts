import { type App, type AppOptions, createApp } from './app.ts';
import type { OidcIssuerOptions } from './auth/issuer-keys.ts';
import type { TokenVerifierOptions } from './auth/verify-token.ts';
import type { ErrorMapper } from './errors/error-mapper.ts';
import type { ServiceApi } from './http/service-api.ts';

/** What every service's buildApp takes beside its own storage and settings. */
export interface ServiceAppDeps {
  /** HS256 secret of development tokens (`pnpm run token`); not read when `oidc` is given. */
  readonly authSecret?: string;
  /** The OIDC issuer whose RS256/ES256 tokens are accepted (production); HS256 is then refused. */
  readonly oidc?: OidcIssuerOptions;
  /** Longest accepted token lifetime (exp - iat); the kit's default, 12 h, when not given. */
  readonly tokenMaxLifetimeSeconds?: number;
  /** Strict-Transport-Security max-age when the service is reached over TLS; none when 0 or not given. */
  readonly hstsMaxAgeSeconds?: number;
  /** Proxies whose X-Forwarded-For gives the client address (rate limits, logs); none when not given. */
  readonly trustProxy?: readonly string[];
  readonly clock: () => Date;
  readonly version: string;
  readonly logLevel?: AppOptions['logLevel'];
  readonly logDestination?: AppOptions['logDestination'];
  readonly readinessChecks?: AppOptions['readinessChecks'];
}

function tokenKeyOptions(deps: ServiceAppDeps): TokenVerifierOptions {
  if (deps.oidc) return { oidc: deps.oidc };
  if (deps.authSecret === undefined) throw new Error('createServiceApp needs an authSecret or an oidc issuer');
  return { secret: deps.authSecret };
}

/**
 * createApp with a service's usual settings: tokens checked against its clock, its domain errors
 * mapped; given as a ServiceApi, the service's port, description and tags head its OpenAPI document.
 */
export const createServiceApp = (
  service: string | ServiceApi,
  deps: ServiceAppDeps,
  mapError?: ErrorMapper,
): Promise<App> =>
  createApp({
    ...(typeof service === 'string' ? { service } : { service: service.name, api: service }),
    version: deps.version,
    logLevel: deps.logLevel ?? 'info',
    ...(deps.logDestination ? { logDestination: deps.logDestination } : {}),
    auth: {
      ...tokenKeyOptions(deps),
      now: deps.clock,
      ...(deps.tokenMaxLifetimeSeconds === undefined ? {} : { maxLifetimeSeconds: deps.tokenMaxLifetimeSeconds }),
    },
    readinessChecks: deps.readinessChecks ?? [],
    ...(deps.hstsMaxAgeSeconds ? { hstsMaxAgeSeconds: deps.hstsMaxAgeSeconds } : {}),
    ...(deps.trustProxy ? { trustProxy: deps.trustProxy } : {}),
    ...(mapError ? { mapError } : {}),
  });
