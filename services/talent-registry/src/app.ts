import type { EventStore } from '@tianfu/eventstore';
import type { BodyRegistry } from '@tianfu/platform-bodies';
import type { CertificateFacts } from '@tianfu/platform-certificates';
import type { PersonalDataPort } from '@tianfu/service-kit';
import { type App, createServiceApp, type ServiceAppDeps } from '@tianfu/service-kit';
import { appointing } from './application/appointing.ts';
import { type TalentCommands, talentCommands } from './application/talent-commands.ts';
import appointmentRoutes from './http/appointment-routes.ts';
import { mapError } from './http/error-statuses.ts';
import talentRoutes from './http/talent-routes.ts';

export interface TalentDeps extends ServiceAppDeps {
  readonly store: EventStore;
  readonly personalData: PersonalDataPort;
  /** The certificates the platform knows, kept from the certification topic (main.ts). */
  readonly certificates: CertificateFacts;
  /** The evaluation bodies the authority registered, kept from the assessment topic (main.ts). */
  readonly bodies: BodyRegistry;
}

/** The talent registry's HTTP app and the commands its competition policy shares; main.ts wires them. */
export async function buildApp(deps: TalentDeps): Promise<{ app: App; talent: TalentCommands }> {
  const app = await createServiceApp('talent-registry', deps, mapError);
  const talent = talentCommands(deps.store, deps.clock);
  const { personalData, certificates, bodies } = deps;
  await app.register(talentRoutes, { talent, personalData });
  await app.register(appointmentRoutes, { appointments: appointing({ talent, personalData, certificates, bodies }) });
  return { app, talent };
}
