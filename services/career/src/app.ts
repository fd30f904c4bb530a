import { type App, createServiceApp, erasureLog, type ServiceAppDeps } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import type { CataloguePort } from './application/catalogue-port.ts';
import type { CareerRebuild } from './application/rebuild/career-rebuild.ts';
import erasureRoutes from './http/erasure-routes.ts';
import indicatorRoutes from './http/indicator-routes.ts';
import ladderRoutes from './http/ladder-routes.ts';
import rebuildRoutes from './http/rebuild-routes.ts';
import recordRoutes from './http/record-routes.ts';
import { careerApi } from './http/service-api.ts';
import talentPoolRoutes from './http/talent-pool-routes.ts';
import type { CareerStorage } from './storage.ts';

export interface CareerDeps extends ServiceAppDeps {
  readonly storage: CareerStorage;
  /** The admin rebuild command; suites that only read leave it out. */
  readonly rebuild?: CareerRebuild;
  readonly identity: Db;
  /** The occupation catalogue held in memory: occupation and 中类 names, and each occupation's next step. */
  readonly catalogue: CataloguePort;
}

/** The career projection's HTTP app; main.ts wires it and the consumer. */
export async function buildApp(deps: CareerDeps): Promise<{ app: App }> {
  const app = await createServiceApp(careerApi, deps);
  const { readSide, vault } = deps.storage;
  const { catalogue } = deps;
  await app.register(ladderRoutes, { readSide, vault, catalogue, clock: deps.clock });
  await app.register(recordRoutes, { readSide, catalogue });
  await app.register(talentPoolRoutes, { readSide, vault, catalogue });
  await app.register(indicatorRoutes, { readSide, groupCounts: deps.storage.groupCounts });
  if (deps.rebuild) await app.register(rebuildRoutes, { rebuild: deps.rebuild });
  await app.register(erasureRoutes, { vault, erasures: erasureLog(deps.identity), clock: deps.clock });
  return { app };
}
