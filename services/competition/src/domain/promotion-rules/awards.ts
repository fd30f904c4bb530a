import {
  type CompetitionHonour,
  type ContestEventPlan,
  type ContestResult,
  compareSkillLevels,
  type EntrantTrack,
} from '@tianfu/contracts';
import { type CertifiedLevel, promotedLevel } from './promotion-level.ts';
import { type FieldOfPlay, qualifies } from './qualifies.ts';
import type { PromotionRule, RuleSet } from './rule-types.ts';

/** One entrant's confirmed result with what the rules need to know of them. */
export interface Standing {
  readonly entrantId: string;
  readonly workerId: string;
  readonly track: EntrantTrack;
  /** As declared at entry; null when none. */
  readonly heldLevel: CertifiedLevel | null;
  readonly result: ContestResult;
}

export interface PromotionDecision {
  readonly entrantId: string;
  readonly workerId: string;
  readonly fromLevel: CertifiedLevel | null;
  readonly level: CertifiedLevel;
  readonly ruleId: string;
}

export interface HonourDecision {
  readonly entrantId: string;
  readonly workerId: string;
  readonly honour: CompetitionHonour;
  readonly ruleId: string;
}

export interface Awards {
  readonly promotions: readonly PromotionDecision[];
  readonly honours: readonly HonourDecision[];
}

type ContestEvent = Pick<ContestEventPlan, 'level' | 'teamSize'>;

/** Of the rules a standing meets, the one giving the highest level; the first listed on a tie. */
function bestPromotion(rules: readonly PromotionRule[], standing: Standing, contestEvent: ContestEvent) {
  let best: PromotionDecision | null = null;
  for (const rule of rules) {
    const target = rule.toLevel === 'contest-event' ? contestEvent.level : rule.toLevel;
    const level = promotedLevel(target, standing.heldLevel);
    if (level === null || (best !== null && compareSkillLevels(level, best.level) <= 0)) continue;
    const { entrantId, workerId, heldLevel } = standing;
    best = { entrantId, workerId, fromLevel: heldLevel, level, ruleId: rule.ruleId };
  }
  return best;
}

/**
 * What a confirmed contest event's results earn under a rule set (docs/domain.md §4.1): per entrant at
 * most one promotion (the highest level any met rule gives, never above 高级技师) and each honour
 * once. The one-per-year cap and once-per-competition honours are applied by the caller.
 */
export function awardsOf(rules: RuleSet, contestEvent: ContestEvent, standings: readonly Standing[]): Awards {
  const field: FieldOfPlay = {
    teamSize: contestEvent.teamSize,
    ranked: standings.filter((s) => s.result.rank !== null).length,
  };
  const promotions: PromotionDecision[] = [];
  const honours: HonourDecision[] = [];
  for (const standing of standings) {
    const met = (rule: Pick<PromotionRule, 'tracks' | 'qualifier'>) =>
      rule.tracks.includes(standing.track) && qualifies(rule.qualifier, standing.result, field);
    const promotion = bestPromotion(rules.promotions.filter(met), standing, contestEvent);
    if (promotion !== null) promotions.push(promotion);
    const conferred = new Set<CompetitionHonour>();
    for (const rule of rules.honours.filter(met)) {
      if (conferred.has(rule.honour)) continue;
      conferred.add(rule.honour);
      honours.push({
        entrantId: standing.entrantId,
        workerId: standing.workerId,
        honour: rule.honour,
        ruleId: rule.ruleId,
      });
    }
  }
  return { promotions, honours };
}
