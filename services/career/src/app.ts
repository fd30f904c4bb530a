import { type App, createServiceApp, type ServiceAppDeps } from '@tianfu/service-kit';
import ladderRoutes from './http/ladder-routes.ts';
import type { CareerStorage } from './storage.ts';

export interface CareerDeps extends ServiceAppDeps {
  readonly storage: CareerStorage;
}

/** The career projection's HTTP app; main.ts wires it and the consumer. */
export async function buildApp(deps: CareerDeps): Promise<App> {
  const app = await createServiceApp('career', deps);
  const { facts, identify } = deps.storage;
  await app.register(ladderRoutes, { facts, identify, clock: deps.clock });
  return app;
}
