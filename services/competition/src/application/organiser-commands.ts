import type { CompetitionTier } from '@tianfu/contracts';
import { foldEvents } from '@tianfu/decider';
import { type EventStore, handleCommand } from '@tianfu/eventstore';
import { type BodyRegistry, registeredIssuer } from '@tianfu/platform-bodies';
import type { RequestCaller } from '@tianfu/service-kit';
import { organiserNotFound } from '../domain/competition-errors.ts';
import { type OrganiserGrants, organiserDecider } from '../domain/organiser-grants.ts';

const organiserStreamId = (organiserId: string): string => `organiser-${organiserId}`;

/** The authority's grants to competition organisers (docs/domain.md §4.1: who may issue through which body). */
export function organiserCommands(store: EventStore, bodies: BodyRegistry, clock: () => Date) {
  const grants = async (organiserId: string): Promise<OrganiserGrants> =>
    foldEvents(organiserDecider, (await store.readStream(organiserStreamId(organiserId))).events);

  return {
    grants,
    /** An organiser reads its own grants, the authority anyone's; another organiser's are answered like an unknown one's. */
    async grantsSeenBy(organiserId: string, caller: RequestCaller): Promise<OrganiserGrants> {
      const { role, sub } = caller.principal;
      if (role !== 'admin' && sub !== organiserId) throw organiserNotFound(organiserId);
      return grants(organiserId);
    },
    /** Grants only through a body the authority registered: the registry the service keeps says which. */
    async setGrant(
      organiserId: string,
      bodyId: string,
      tiers: readonly CompetitionTier[],
      reason: string,
      caller: RequestCaller,
    ) {
      if (tiers.length > 0) registeredIssuer(bodyId, undefined, await bodies.find(bodyId), 'params');
      const data = { organiserId, bodyId, tiers: [...tiers], reason, setAt: clock().toISOString() };
      const { state } = await handleCommand(
        store,
        organiserStreamId(organiserId),
        organiserDecider,
        { type: 'SetGrant', data },
        caller,
      );
      return state;
    },
  };
}

export type OrganiserCommands = ReturnType<typeof organiserCommands>;
