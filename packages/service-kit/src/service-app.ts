import { type App, type AppOptions, createApp } from './app.ts';
import type { ErrorMapper } from './errors/to-app-error.ts';

/** What every service's buildApp takes beside its own storage and settings. */
export interface ServiceAppDeps {
  readonly authSecret: string;
  /** Longest accepted token lifetime (exp - iat); the kit's default, 12 h, when not given. */
  readonly tokenMaxLifetimeSeconds?: number;
  /** Strict-Transport-Security max-age when the service is reached over TLS; none when 0 or not given. */
  readonly hstsMaxAgeSeconds?: number;
  readonly clock: () => Date;
  readonly version: string;
  readonly logLevel?: AppOptions['logLevel'];
  readonly logDestination?: AppOptions['logDestination'];
  readonly readinessChecks?: AppOptions['readinessChecks'];
}

/** createApp with a service's usual settings: tokens checked against its clock, its domain errors mapped. */
export const createServiceApp = (service: string, deps: ServiceAppDeps, mapError?: ErrorMapper): Promise<App> =>
  createApp({
    service,
    version: deps.version,
    logLevel: deps.logLevel ?? 'info',
    ...(deps.logDestination ? { logDestination: deps.logDestination } : {}),
    auth: {
      secret: deps.authSecret,
      now: deps.clock,
      ...(deps.tokenMaxLifetimeSeconds === undefined ? {} : { maxLifetimeSeconds: deps.tokenMaxLifetimeSeconds }),
    },
    readinessChecks: deps.readinessChecks ?? [],
    ...(deps.hstsMaxAgeSeconds ? { hstsMaxAgeSeconds: deps.hstsMaxAgeSeconds } : {}),
    ...(mapError ? { mapError } : {}),
  });
