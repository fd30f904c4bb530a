import type { EventStore } from '@tianfu/eventstore';
import { type App, type AppOptions, createApp } from '@tianfu/service-kit';
import bodiesRoutes from './http/bodies-routes.ts';
import { mapError } from './http/error-statuses.ts';

export interface AssessmentDeps {
  readonly store: EventStore;
  readonly authSecret: string;
  readonly clock: () => Date;
  readonly version: string;
  readonly logLevel?: AppOptions['logLevel'];
  readonly readinessChecks?: AppOptions['readinessChecks'];
}

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
