import { type App, type AppOptions, createApp } from '@tianfu/service-kit';
import { competitionCommands } from './application/competition-commands.ts';
import { competitionStreams } from './application/competition-streams.ts';
import competitionRoutes from './http/competition-routes.ts';
import entrantRoutes from './http/entrant-routes.ts';
import { mapError } from './http/error-statuses.ts';
import resultRoutes from './http/result-routes.ts';
import type { CompetitionStorage } from './storage.ts';

export interface CompetitionDeps {
  readonly storage: CompetitionStorage;
  readonly authSecret: string;
  readonly clock: () => Date;
  readonly version: string;
  readonly logLevel?: AppOptions['logLevel'];
  readonly logDestination?: AppOptions['logDestination'];
  readonly readinessChecks?: AppOptions['readinessChecks'];
}

/** The competition service's HTTP app; main.ts only wires real dependencies into it. */
export async function buildApp(deps: CompetitionDeps): Promise<App> {
  const { storage, clock } = deps;
  const app = await createApp({
    service: 'competition',
    version: deps.version,
    logLevel: deps.logLevel ?? 'info',
    ...(deps.logDestination ? { logDestination: deps.logDestination } : {}),
    auth: { secret: deps.authSecret, now: clock },
    readinessChecks: deps.readinessChecks ?? [],
    mapError,
  });
  const { personalData, claims } = storage;
  const competitions = competitionCommands({ streams: competitionStreams(storage.store), personalData, claims, clock });
  await app.register(competitionRoutes, { competitions, personalData });
  await app.register(entrantRoutes, { competitions });
  await app.register(resultRoutes, { competitions, personalData });
  return app;
}
