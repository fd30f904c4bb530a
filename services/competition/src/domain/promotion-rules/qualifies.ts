import type { ContestResult, Medal } from '@tianfu/contracts';
import type { Qualifier } from './rule-types.ts';

const medalOrder: readonly Medal[] = ['gold', 'silver', 'bronze', 'excellence'];

export interface FieldOfPlay {
  /** 1 for an individual contest event. */
  readonly teamSize: number;
  /** How many entrants the contest event ranked. */
  readonly ranked: number;
}

/** Whether a result meets a rule's qualifier (docs/domain.md §4.1 "result"). */
export function qualifies(qualifier: Qualifier, result: ContestResult, field: FieldOfPlay): boolean {
  switch (qualifier.kind) {
    case 'rank': {
      const upTo = field.teamSize > 1 ? (qualifier.teamUpTo?.[field.teamSize] ?? qualifier.upTo) : qualifier.upTo;
      return result.rank !== null && result.rank >= (qualifier.from ?? 1) && result.rank <= upTo;
    }
    case 'medal':
      return result.medal !== null && medalOrder.indexOf(result.medal) <= medalOrder.indexOf(qualifier.atLeast);
    case 'top-share':
      return result.rank !== null && result.rank <= Math.ceil(qualifier.share * field.ranked);
    case 'score':
      return result.score !== null && result.score >= qualifier.atLeast;
  }
}
