import type { PostCommitWrites } from '@tianfu/eventstore';
import { type App, createServiceApp, type ServiceAppDeps } from '@tianfu/service-kit';
import { competitionCommands } from './application/competition-commands.ts';
import { competitionReadModels } from './application/competition-read-models.ts';
import { competitionStreams } from './application/competition-streams.ts';
import { organiserCommands } from './application/organiser-commands.ts';
import competitionRoutes from './http/competition-routes.ts';
import entrantRoutes from './http/entrant-routes.ts';
import { mapError } from './http/error-statuses.ts';
import organiserRoutes from './http/organiser-routes.ts';
import resultRoutes from './http/result-routes.ts';
import { competitionApi } from './http/service-api.ts';
import type { CompetitionStorage } from './storage.ts';

export interface CompetitionDeps extends ServiceAppDeps {
  readonly storage: CompetitionStorage;
}

/** The competition service's HTTP app and the read models its read-model consumer repairs; main.ts wires them. */
export async function buildApp(deps: CompetitionDeps): Promise<{ app: App; readModels: PostCommitWrites }> {
  const { storage, clock } = deps;
  const app = await createServiceApp(competitionApi, deps, mapError);
  const { personalData, claims, bodies } = storage;
  const organisers = organiserCommands(storage.store, bodies, clock);
  const readModels = competitionReadModels(storage.store, storage.list, app.log);
  const competitions = competitionCommands({
    streams: competitionStreams(storage.store, readModels),
    personalData,
    claims,
    certificates: storage.certificates,
    bodies,
    organisers,
    clock,
  });
  await app.register(organiserRoutes, { organisers });
  await app.register(competitionRoutes, { competitions, personalData, list: storage.list });
  await app.register(entrantRoutes, { competitions });
  await app.register(resultRoutes, { competitions, personalData });
  return { app, readModels };
}
