import type { EventStore } from '@tianfu/eventstore';
import { type App, createServiceApp, type ServiceAppDeps } from '@tianfu/service-kit';
import type { UsageFacts } from './application/assessment-usage.ts';
import { type CatalogueCommands, catalogueCommands } from './application/catalogue-commands.ts';
import { keepCurrent } from './application/keep-current.ts';
import { mapError } from './http/catalogue-errors-http.ts';
import groupAndAbilityRoutes from './http/group-and-ability-routes.ts';
import importRoutes from './http/import-routes.ts';
import occupationRoutes from './http/occupation-routes.ts';
import publicRoutes from './http/public-routes.ts';

export interface CatalogueDeps extends ServiceAppDeps {
  readonly store: EventStore;
  /** What open sessions and filings use, for refusing a retirement (fed by main.ts's assessment consumer). */
  readonly usage: UsageFacts;
}

/** The catalogue service's HTTP app and its commands; main.ts wires them. */
export async function buildApp(deps: CatalogueDeps): Promise<{ app: App; catalogue: CatalogueCommands }> {
  const app = await createServiceApp('catalogue', deps, mapError);
  const catalogue = catalogueCommands(deps.store, deps.usage);
  const stop = await keepCurrent(catalogue, app.log);
  app.addHook('onClose', async () => stop());
  await app.register(publicRoutes, { catalogue });
  await app.register(importRoutes, { catalogue });
  await app.register(occupationRoutes, { catalogue });
  await app.register(groupAndAbilityRoutes, { catalogue });
  return { app, catalogue };
}
