import type { CompetitionTier, OrganiserGrantSetData } from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';
import { competitionError } from './competition-errors.ts';

/** The bodies an organiser may have a competition's certificates issued by, each with its tiers. */
export type OrganiserGrants = ReadonlyMap<string, readonly CompetitionTier[]>;

export type OrganiserEvent = DomainEvent<'competition.OrganiserGrantSet', OrganiserGrantSetData>;

/** The authority sets what one organiser may do through one body; no tiers withdraws it. */
export interface SetGrant {
  readonly type: 'SetGrant';
  readonly data: OrganiserGrantSetData;
}

const sameTiers = (a: readonly CompetitionTier[], b: readonly CompetitionTier[]): boolean =>
  a.length === b.length && a.every((tier) => b.includes(tier));

/** Setting what is already set changes nothing, so the authority (or a seed) may say it again. */
function decide({ data }: SetGrant, grants: OrganiserGrants) {
  const tiers = [...new Set(data.tiers)];
  if (sameTiers(grants.get(data.bodyId) ?? [], tiers)) return [];
  return [{ type: 'competition.OrganiserGrantSet' as const, data: { ...data, tiers }, occurredAt: data.setAt }];
}

function evolve(grants: OrganiserGrants, { data }: OrganiserEvent): OrganiserGrants {
  const next = new Map(grants);
  if (data.tiers.length === 0) next.delete(data.bodyId);
  else next.set(data.bodyId, data.tiers);
  return next;
}

/** One organiser's grants (a stream per organiser). */
export const organiserDecider: Decider<SetGrant, OrganiserGrants, OrganiserEvent> = {
  initialState: () => new Map(),
  decide,
  evolve,
};

/**
 * A competition's promotions become certificates in its issuing body's name (docs/domain.md §4.1), so
 * an organiser registers one only through a body, and at a tier, the authority granted it.
 */
export function checkGrant(organiserId: string, grants: OrganiserGrants, bodyId: string, tier: CompetitionTier): void {
  if ((grants.get(bodyId) ?? []).includes(tier)) return;
  throw competitionError(
    'ORGANISER_NOT_GRANTED',
    `organiser ${organiserId} holds no grant to register ${tier} competitions issued by body ${bodyId}`,
    { field: 'issuingBody.bodyId', bodyId, tier },
  );
}
