import { okOrNull } from '@tianfu/api-client';
import type { CompetitionTier } from '../api-types.ts';
import { grantOrganiser } from '../authority.ts';
import { devSubjectId } from '../dev-tokens.ts';
import { onceAccepted } from '../eventually.ts';
import type { Platform } from '../platform.ts';
import type { PlannedCompetition } from './plan-competitions.ts';
import type { Tally } from './tally.ts';

// The competition service learns of the bodies from the assessment topic, a moment after they are registered.
const registryWaitMs = 5 * 60_000;

/** Each issuing body with the tiers its planned competitions run at. */
function tiersByBody(competitions: readonly PlannedCompetition[]): Map<string, CompetitionTier[]> {
  const byBody = new Map<string, CompetitionTier[]>();
  for (const { registration } of competitions) {
    const tiers = byBody.get(registration.issuingBody.bodyId) ?? [];
    if (!tiers.includes(registration.tier)) tiers.push(registration.tier);
    byBody.set(registration.issuingBody.bodyId, tiers);
  }
  return byBody;
}

const sameTiers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((tier) => b.includes(tier));

/**
 * The authority grants the demo's organiser the bodies and tiers its competitions issue through
 * (docs/domain.md §4.1), before any is registered; a grant already held is left as it is.
 */
export async function seedOrganiserGrants(
  platform: Platform,
  competitions: readonly PlannedCompetition[],
  tally: Tally,
) {
  const organiserId = devSubjectId({ role: 'competition-organiser' });
  const { competition } = platform.organiser;
  const held =
    (await okOrNull(competition.GET('/v1/organisers/{organiserId}', { params: { path: { organiserId } } })))?.grants ??
    [];
  for (const [bodyId, tiers] of tiersByBody(competitions)) {
    const holds = held.find((g) => g.bodyId === bodyId);
    if (holds !== undefined && sameTiers(holds.tiers, tiers)) {
      tally.add('organiser grants', 'existing');
      continue;
    }
    const grant = () => grantOrganiser(platform, bodyId, tiers, '四川省人力资源和社会保障厅 赛事备案');
    await onceAccepted(grant, ['BODY_NOT_REGISTERED'], {
      what: `the competition service to learn of body ${bodyId}`,
      timeoutMs: registryWaitMs,
      intervalMs: 1_000,
    });
    tally.add('organiser grants', 'created');
  }
}
