import type { EventStore, PostCommitWrites } from '@tianfu/eventstore';
import type { PersonalDataPort, PersonalDataVault } from '@tianfu/service-kit';
import { type App, createServiceApp, type ServiceAppDeps } from '@tianfu/service-kit';
import { bodyCommands } from './application/body-commands.ts';
import type { BodyDirectory } from './application/body-directory.ts';
import type { CataloguePort } from './application/catalogue-port.ts';
import { classEnrolment } from './application/class-enrolment.ts';
import type { KnownLevels } from './application/known-levels.ts';
import { assessmentReadModels } from './application/read-models.ts';
import { registryCommands } from './application/registry-commands.ts';
import { sessionAccess } from './application/session-access.ts';
import { sessionCommands } from './application/session-commands.ts';
import type { SessionIndex } from './application/session-index.ts';
import { sessionIndexCatchUp, sessionLineWriter } from './application/session-lines.ts';
import { sessionStates } from './application/session-state-cache.ts';
import type { TrainingFacts } from './application/training-facts.ts';
import { examinerDecider, examinerNotFound } from './domain/examiner.ts';
import { supervisorDecider, supervisorNotFound } from './domain/quality-supervisor.ts';
import assessorRoutes from './http/assessor-routes.ts';
import bodiesRoutes from './http/bodies-routes.ts';
import bodyRegisterRoutes from './http/body-register-routes.ts';
import candidateRoutes from './http/candidate-routes.ts';
import classEnrolmentRoutes from './http/class-enrolment-routes.ts';
import directoryRoutes from './http/directory-routes.ts';
import { mapError } from './http/error-statuses.ts';
import { assessmentApi } from './http/service-api.ts';
import sessionRoutes from './http/session-routes.ts';
import sheetRoutes from './http/sheet-routes.ts';
import { readingLatest } from './stored-events.ts';

export interface AssessmentDeps extends ServiceAppDeps {
  readonly store: EventStore;
  readonly directory: BodyDirectory;
  readonly known: KnownLevels;
  /** The trainings workers completed, from the training topic: eligibility evidence and class completers. */
  readonly trainings: TrainingFacts;
  /** openNames: a class's completers are named by the names training sealed under their keys. */
  readonly personalData: PersonalDataPort & Pick<PersonalDataVault, 'openNames'>;
  /** The occupation catalogue, held in memory from its topic: filings and eligibility judge by it. */
  readonly catalogue: CataloguePort;
  /** Every body's sessions, one line each, for the lists. */
  readonly sessionIndex: SessionIndex;
}

/**
 * The assessment service's HTTP app, and the read models its commands write after each commit,
 * which main.ts has repaired from the assessment topic; main.ts only wires real dependencies into them.
 */
export interface AssessmentApp {
  readonly app: App;
  readonly readModels: PostCommitWrites;
  /** For a consumer of the assessment topic from its start: the session lines published before the index. */
  readonly sessionLines: Pick<PostCommitWrites, 'repair'>;
}

export async function buildApp(deps: AssessmentDeps): Promise<AssessmentApp> {
  const { clock, personalData, directory, known, trainings, catalogue, sessionIndex } = deps;
  const store = readingLatest(deps.store);
  const app = await createServiceApp(assessmentApi, deps, mapError);
  const states = sessionStates(store);
  const readModels = assessmentReadModels({ store, directory, known, sessionIndex, states }, app.log);
  const bodies = bodyCommands(store, directory, readModels, catalogue);
  const access = sessionAccess(store, bodies);
  const examiners = registryCommands(store, examinerDecider, (id) => `examiner-${id}`, examinerNotFound);
  const supervisors = registryCommands(store, supervisorDecider, (id) => `supervisor-${id}`, supervisorNotFound);
  const sessions = sessionCommands({
    states,
    access,
    bodies,
    examiners,
    supervisors,
    known,
    trainings,
    catalogue,
    readModels,
    clock,
  });
  await app.register(bodiesRoutes, { bodies, clock });
  await app.register(bodyRegisterRoutes, { directory, bodies });
  await app.register(directoryRoutes, { directory });
  await app.register(assessorRoutes, { examiners, supervisors, access, personalData, clock });
  await app.register(sessionRoutes, { sessions, sessionIndex });
  await app.register(candidateRoutes, { sessions, personalData });
  await app.register(sheetRoutes, { sessions, access, personalData });
  const enrolFromClass = classEnrolment({
    access,
    sessions,
    trainings,
    openNames: (items) => personalData.openNames(items),
  });
  await app.register(classEnrolmentRoutes, { enrolFromClass });
  const sessionLines = sessionIndexCatchUp(sessionIndex, sessionLineWriter(sessionIndex, states));
  return { app, readModels, sessionLines };
}
