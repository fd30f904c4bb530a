import type { PostCommitWrites } from '@tianfu/eventstore';
import { type App, createServiceApp, type ServiceAppDeps } from '@tianfu/service-kit';
import { budgetCommands } from './application/budget-commands.ts';
import type { CataloguePort } from './application/catalogue-port.ts';
import { certificateRegister } from './application/certificate-register.ts';
import { claimCommands } from './application/claim-commands.ts';
import { claimGrounds } from './application/claim-grounds.ts';
import { claimants as claimantStreams } from './application/claimants.ts';
import { entitlements } from './application/entitlements.ts';
import { insuranceRegistry } from './application/insurance-registry.ts';
import { paymentCommands } from './application/payment-commands.ts';
import { ruleSetCommands } from './application/rule-set-commands.ts';
import { subsidyReadModels } from './application/subsidy-read-models.ts';
import certificateRoutes from './http/certificate-routes.ts';
import claimRoutes from './http/claim-routes.ts';
import { mapError } from './http/error-statuses.ts';
import insuranceRoutes from './http/insurance-routes.ts';
import insuranceSheetRoutes from './http/insurance-sheet-routes.ts';
import payeeClaimRoutes from './http/payee-claim-routes.ts';
import paymentRoutes from './http/payment-routes.ts';
import ruleSetRoutes from './http/rule-set-routes.ts';
import { subsidyApi } from './http/service-api.ts';
import waitingRoutes from './http/waiting-routes.ts';
import type { SubsidyStorage } from './storage.ts';

export interface SubsidyDeps extends ServiceAppDeps {
  readonly storage: SubsidyStorage;
  readonly catalogue: CataloguePort;
}

/** The subsidy service's HTTP app and the read models its commands write after committing; main.ts wires them. */
export async function buildApp(deps: SubsidyDeps): Promise<{ app: App; readModels: PostCommitWrites }> {
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
  const readModels = subsidyReadModels(store, storage.claims, app.log);
  const claimants = claimantStreams(store, readModels, storage.claims);
  const grounds = claimGrounds(storage.training, personalData);
  const claims = claimCommands({ claimants, certificates: register, insurance, ruleSets, grounds, clock });
  const entitled = entitlements({ claimants, certificates: register, insurance, ruleSets, clock });
  await app.register(claimRoutes, { claims, entitled, clock });
  await app.register(payeeClaimRoutes, { index: storage.claims });
  const budgets = budgetCommands(store, storage.claims, clock);
  const payments = paymentCommands({ store, claimants, index: storage.claims, budgets, clock });
  await app.register(paymentRoutes, { payments, budgets, index: storage.claims, clock });
  await app.register(waitingRoutes, { budgets, index: storage.claims, clock });
  return { app, readModels };
}
