import type { EventStore, PostCommitWrites } from '@tianfu/eventstore';
import type { BodyRegistry } from '@tianfu/platform-bodies';
import type { CertificateFacts } from '@tianfu/platform-certificates';
import type { PersonalDataPort, PersonalDataVault } from '@tianfu/service-kit';
import { type App, createServiceApp, type ServiceAppDeps } from '@tianfu/service-kit';
import { appointing } from './application/appointing.ts';
import { type TalentCommands, talentCommands } from './application/talent-commands.ts';
import type { TalentListings } from './application/talent-listings.ts';
import { talentReadModels } from './application/talent-read-models.ts';
import appointmentRoutes from './http/appointment-routes.ts';
import { mapError } from './http/error-statuses.ts';
import listingRoutes from './http/listing-routes.ts';
import { talentRegistryApi } from './http/service-api.ts';
import talentRoutes from './http/talent-routes.ts';

export interface TalentDeps extends ServiceAppDeps {
  readonly store: EventStore;
  /** Opens sealed names for the talent office's lists. */
  readonly personalData: PersonalDataPort & Pick<PersonalDataVault, 'openNames'>;
  /** The office's lists of grants, appointments and bases (talent-read-models.ts). */
  readonly listings: TalentListings;
  /** The certificates the platform knows, kept from the certification topic (main.ts). */
  readonly certificates: CertificateFacts;
  /** The evaluation bodies the authority registered, kept from the assessment topic (main.ts). */
  readonly bodies: BodyRegistry;
}

/**
 * The talent registry's HTTP app, the commands its competition policy shares and the read models its
 * read-model consumer repairs; main.ts wires them.
 */
export async function buildApp(
  deps: TalentDeps,
): Promise<{ app: App; talent: TalentCommands; readModels: PostCommitWrites }> {
  const app = await createServiceApp(talentRegistryApi, deps, mapError);
  const { personalData, certificates, bodies, listings } = deps;
  const readModels = talentReadModels(deps.store, listings, app.log);
  const talent = talentCommands(deps.store, readModels, deps.clock);
  await app.register(talentRoutes, { talent, personalData });
  await app.register(appointmentRoutes, { appointments: appointing({ talent, personalData, certificates, bodies }) });
  await app.register(listingRoutes, { listings, personalData });
  return { app, talent, readModels };
}
