import type { CompetitionHonour, CompetitionTier, EntrantTrack, Medal } from '@tianfu/contracts';
import type { CertifiedLevel } from './promotion-level.ts';

/** Which results a rule takes (docs/domain.md §4.1 "result" column). */
export type Qualifier =
  /** Ranks `from`…`upTo`; a team event of n members may have its own bound (`teamUpTo[n]`). */
  | {
      readonly kind: 'rank';
      readonly from?: number;
      readonly upTo: number;
      readonly teamUpTo?: Readonly<Record<number, number>>;
    }
  /** That medal or better; 优胜奖 (excellence) counts below bronze. */
  | { readonly kind: 'medal'; readonly atLeast: Medal }
  /** The top share of the ranked field of the contest event's track (e.g. enterprise contests: top 30 %). */
  | { readonly kind: 'top-share'; readonly share: number }
  /** A score of at least this, for "passed both parts" / "qualified" (合格). */
  | { readonly kind: 'score'; readonly atLeast: number };

/** "To level L, or one level up if already at L"; 'contest-event' takes L from the contest event (per notice). */
export type PromotionTarget = CertifiedLevel | 'contest-event';

export interface PromotionRule {
  readonly ruleId: string;
  readonly tracks: readonly EntrantTrack[];
  readonly qualifier: Qualifier;
  readonly toLevel: PromotionTarget;
}

export interface HonourRule {
  readonly ruleId: string;
  readonly tracks: readonly EntrantTrack[];
  readonly qualifier: Qualifier;
  readonly honour: CompetitionHonour;
}

/** The rules a competition runs under, chosen at registration among those for its tier. */
export interface RuleSet {
  readonly ruleSetId: string;
  readonly title: string;
  readonly tiers: readonly CompetitionTier[];
  /** Where the rules come from: docs/domain.md §4.1 and its sources. */
  readonly source: string;
  /** ⚠ in docs/domain.md: not yet checked against the primary text. */
  readonly unconfirmed: boolean;
  /** At most one competition promotion per worker and year (Tianjin reference [36]). */
  readonly onePromotionPerYear: boolean;
  readonly promotions: readonly PromotionRule[];
  readonly honours: readonly HonourRule[];
}
