import { type App, type AppOptions, createApp } from '@tianfu/service-kit';
import ladderRoutes from './http/ladder-routes.ts';
import type { CareerStorage } from './storage.ts';

export interface CareerDeps {
  readonly storage: CareerStorage;
  readonly authSecret: string;
  readonly clock: () => Date;
  readonly version: string;
  readonly logLevel?: AppOptions['logLevel'];
  readonly readinessChecks?: AppOptions['readinessChecks'];
}

/** The career projection's HTTP app; main.ts wires it and the consumer. */
export async function buildApp(deps: CareerDeps): Promise<App> {
  const app = await createApp({
    service: 'career',
    version: deps.version,
    logLevel: deps.logLevel ?? 'info',
    auth: { secret: deps.authSecret, now: deps.clock },
    readinessChecks: deps.readinessChecks ?? [],
  });
  const { facts, identify } = deps.storage;
  await app.register(ladderRoutes, { facts, identify, clock: deps.clock });
  return app;
}
