import type { PostCommitWrites } from '@tianfu/eventstore';
import { type App, createServiceApp, type ServiceAppDeps } from '@tianfu/service-kit';
import { apprenticeshipCommands } from './application/apprenticeship-commands.ts';
import type { CataloguePort } from './application/catalogue-port.ts';
import { classCommands } from './application/class-commands.ts';
import { providerCommands } from './application/provider-commands.ts';
import { rosterCommands } from './application/roster-commands.ts';
import { trainingReadModels } from './application/training-read-models.ts';
import { voucherCommands } from './application/voucher-commands.ts';
import { completionRules } from './domain/completion-rule-data.ts';
import apprenticeshipRoutes from './http/apprenticeship-routes.ts';
import attendanceRoutes from './http/attendance-routes.ts';
import classRoutes from './http/class-routes.ts';
import directoryRoutes from './http/directory-routes.ts';
import enrolmentRoutes from './http/enrolment-routes.ts';
import { mapError } from './http/error-statuses.ts';
import providerRoutes from './http/provider-routes.ts';
import rosterSheetRoutes from './http/roster-sheet-routes.ts';
import { trainingApi } from './http/service-api.ts';
import voucherRoutes from './http/voucher-routes.ts';
import type { TrainingStorage } from './storage.ts';

export interface TrainingDeps extends ServiceAppDeps {
  readonly storage: TrainingStorage;
  readonly catalogue: CataloguePort;
}

/** The training service's HTTP app and the read models its read-model consumer repairs; main.ts wires them. */
export async function buildApp(deps: TrainingDeps): Promise<{ app: App; readModels: PostCommitWrites }> {
  const { storage, catalogue, clock } = deps;
  const { store, directory, classes, apprenticeships: agreements, personalData, claims } = storage;
  const app = await createServiceApp(trainingApi, deps, mapError);
  const readModels = trainingReadModels(store, directory, classes, agreements, app.log);
  const providers = providerCommands({ store, directory, readModels, catalogue, clock });
  await app.register(providerRoutes, { providers, directory, clock });
  await app.register(directoryRoutes, { directory });
  await app.register(classRoutes, { classes: classCommands({ store, classes, readModels, catalogue, clock }) });
  const vouchers = voucherCommands(store, clock);
  const rosters = rosterCommands({ store, vouchers, rules: completionRules, clock });
  await app.register(enrolmentRoutes, { rosters, personalData });
  await app.register(rosterSheetRoutes, { rosters, personalData });
  await app.register(attendanceRoutes, { rosters, personalData });
  await app.register(voucherRoutes, { vouchers, personalData });
  const apprenticeships = apprenticeshipCommands({
    store,
    personalData,
    catalogue,
    claims,
    list: agreements,
    readModels,
    clock,
  });
  await app.register(apprenticeshipRoutes, { apprenticeships, personalData });
  return { app, readModels };
}
