import { type App, createServiceApp, type ServiceAppDeps } from '@tianfu/service-kit';
import type { CataloguePort } from './application/catalogue-port.ts';
import { certificateRegister } from './application/certificate-register.ts';
import { claimCommands } from './application/claim-commands.ts';
import { insuranceRegistry } from './application/insurance-registry.ts';
import { ruleSetCommands } from './application/rule-set-commands.ts';
import certificateRoutes from './http/certificate-routes.ts';
import claimRoutes from './http/claim-routes.ts';
import { mapError } from './http/error-statuses.ts';
import insuranceRoutes from './http/insurance-routes.ts';
import insuranceSheetRoutes from './http/insurance-sheet-routes.ts';
import ruleSetRoutes from './http/rule-set-routes.ts';
import { subsidyApi } from './http/service-api.ts';
import type { SubsidyStorage } from './storage.ts';

export interface SubsidyDeps extends ServiceAppDeps {
  readonly storage: SubsidyStorage;
  readonly catalogue: CataloguePort;
}

/** The subsidy service's HTTP app; main.ts wires it. */
export async function buildApp(deps: SubsidyDeps): Promise<App> {
  const { storage, catalogue, clock } = deps;
  const { store, certificates, personalData } = storage;
  const app = await createServiceApp(subsidyApi, deps, mapError);
  const insurance = insuranceRegistry(store, clock);
  const register = certificateRegister(certificates, catalogue);
  await app.register(certificateRoutes, { certificates: register });
  await app.register(insuranceRoutes, { insurance, personalData });
  await app.register(insuranceSheetRoutes, { insurance, personalData });
  const ruleSets = ruleSetCommands(store);
  await app.register(ruleSetRoutes, { ruleSets, clock });
  const claims = claimCommands({ store, certificates: register, insurance, ruleSets, clock });
  await app.register(claimRoutes, { claims, clock });
  return app;
}
