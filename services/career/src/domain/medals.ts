import type { Medal } from '@tianfu/contracts';
import type { CareerFact, MedalFact } from './career-facts.ts';

/** How a result sheet names each medal (优胜奖: the award for the rest of the top half, docs/domain.md §4.1). */
export const medalNames: Readonly<Record<Medal, string>> = {
  gold: '金牌',
  silver: '银牌',
  bronze: '铜牌',
  excellence: '优胜奖',
};

export interface LadderMedal {
  readonly competitionId: string;
  readonly contestEventId: string;
  readonly medal: Medal;
  readonly rank: number | null;
  /** The day the result, as it now stands, was published or corrected. */
  readonly date: string;
}

const later = (a: MedalFact, b: MedalFact): MedalFact =>
  a.at > b.at || (a.at === b.at && a.factId > b.factId) ? a : b;

/** Each result's latest version (publication, then corrections by time); results without a medal drop out. */
export function medalsOf(facts: readonly CareerFact[]): LadderMedal[] {
  const latest = new Map<string, MedalFact>();
  for (const fact of facts) {
    if (fact.kind !== 'medal') continue;
    const key = `${fact.competitionId}\u0000${fact.contestEventId}\u0000${fact.entrantId}`;
    const known = latest.get(key);
    latest.set(key, known === undefined ? fact : later(known, fact));
  }
  return [...latest.values()]
    .flatMap(({ competitionId, contestEventId, medal, rank, date }) =>
      medal === null ? [] : [{ competitionId, contestEventId, medal, rank, date }],
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.competitionId.localeCompare(b.competitionId));
}
