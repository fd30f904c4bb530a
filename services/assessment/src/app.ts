import { type EventStore, isConcurrencyError } from '@tianfu/eventstore';
import { type App, type AppOptions, concurrencyConflict, createApp } from '@tianfu/service-kit';
import bodiesRoutes from './http/bodies-routes.ts';

export interface AssessmentDeps {
  readonly store: EventStore;
  readonly authSecret: string;
  readonly clock: () => Date;
  readonly version: string;
  readonly logLevel?: AppOptions['logLevel'];
  readonly readinessChecks?: AppOptions['readinessChecks'];
}

const mapError: AppOptions['mapError'] = (error) =>
  isConcurrencyError(error) ? concurrencyConflict('the body changed meanwhile; read it again and retry') : undefined;

/** The assessment service's HTTP app; main.ts only wires real dependencies into it. */
export async function buildApp(deps: AssessmentDeps): Promise<App> {
  const app = await createApp({
    service: 'assessment',
    version: deps.version,
    logLevel: deps.logLevel ?? 'info',
    auth: { secret: deps.authSecret, now: deps.clock },
    readinessChecks: deps.readinessChecks ?? [],
    mapError,
  });
  await app.register(bodiesRoutes, { store: deps.store, clock: deps.clock });
  return app;
}
