import { type App, createServiceApp, type ServiceAppDeps } from '@tianfu/service-kit';
import { competitionCommands } from './application/competition-commands.ts';
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

/** The competition service's HTTP app; main.ts only wires real dependencies into it. */
export async function buildApp(deps: CompetitionDeps): Promise<{ app: App }> {
  const { storage, clock } = deps;
  const app = await createServiceApp(competitionApi, deps, mapError);
  const { personalData, claims, bodies } = storage;
  const organisers = organiserCommands(storage.store, bodies, clock);
  const competitions = competitionCommands({
    streams: competitionStreams(storage.store),
    personalData,
    claims,
    certificates: storage.certificates,
    bodies,
    organisers,
    clock,
  });
  await app.register(organiserRoutes, { organisers });
  await app.register(competitionRoutes, { competitions, personalData });
  await app.register(entrantRoutes, { competitions });
  await app.register(resultRoutes, { competitions, personalData });
  return { app };
}
