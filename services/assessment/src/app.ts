import type { EventStore, PostCommitWrites } from '@tianfu/eventstore';
import type { PersonalDataPort } from '@tianfu/service-kit';
import { type App, createServiceApp, type ServiceAppDeps } from '@tianfu/service-kit';
import { bodyCommands } from './application/body-commands.ts';
import type { BodyDirectory } from './application/body-directory.ts';
import type { CataloguePort } from './application/catalogue-port.ts';
import type { KnownLevels } from './application/known-levels.ts';
import { assessmentReadModels } from './application/read-models.ts';
import { registryCommands } from './application/registry-commands.ts';
import { sessionAccess } from './application/session-access.ts';
import { sessionCommands } from './application/session-commands.ts';
import { examinerDecider, examinerNotFound } from './domain/examiner.ts';
import { supervisorDecider, supervisorNotFound } from './domain/quality-supervisor.ts';
import assessorRoutes from './http/assessor-routes.ts';
import bodiesRoutes from './http/bodies-routes.ts';
import candidateRoutes from './http/candidate-routes.ts';
import directoryRoutes from './http/directory-routes.ts';
import { mapError } from './http/error-statuses.ts';
import sessionRoutes from './http/session-routes.ts';
import sheetRoutes from './http/sheet-routes.ts';
import { readingLatest } from './stored-events.ts';

export interface AssessmentDeps extends ServiceAppDeps {
  readonly store: EventStore;
  readonly directory: BodyDirectory;
  readonly known: KnownLevels;
  readonly personalData: PersonalDataPort;
  /** The occupation catalogue, held in memory from its topic: filings and eligibility judge by it. */
  readonly catalogue: CataloguePort;
}

/**
 * The assessment service's HTTP app, and the read models its commands write after each commit,
 * which main.ts has repaired from the assessment topic; main.ts only wires real dependencies into them.
 */
export async function buildApp(deps: AssessmentDeps): Promise<{ app: App; readModels: PostCommitWrites }> {
  const { clock, personalData, directory, known, catalogue } = deps;
  const store = readingLatest(deps.store);
  const app = await createServiceApp('assessment', deps, mapError);
  const readModels = assessmentReadModels(store, directory, known, app.log);
  const bodies = bodyCommands(store, directory, readModels, catalogue);
  const access = sessionAccess(store, bodies);
  const examiners = registryCommands(store, examinerDecider, (id) => `examiner-${id}`, examinerNotFound);
  const supervisors = registryCommands(store, supervisorDecider, (id) => `supervisor-${id}`, supervisorNotFound);
  const sessions = sessionCommands({
    store,
    access,
    bodies,
    examiners,
    supervisors,
    known,
    catalogue,
    readModels,
    clock,
  });
  await app.register(bodiesRoutes, { bodies, clock });
  await app.register(directoryRoutes, { directory });
  await app.register(assessorRoutes, { examiners, supervisors, access, personalData, clock });
  await app.register(sessionRoutes, { sessions });
  await app.register(candidateRoutes, { sessions, personalData });
  await app.register(sheetRoutes, { sessions, access, personalData });
  return { app, readModels };
}
