import type { ShortageList, ShortageMatch } from '@tianfu/contracts';
import { regionsOf } from './rule-set-for.ts';

/**
 * Whether `occupationCode` is on a 急需紧缺 list of the claimant's 市(州) or province on `day`
 * (docs/domain.md §7.8): the first list naming it, the most local first; null when none does.
 */
export function shortageMatch(
  lists: readonly ShortageList[],
  region: string,
  occupationCode: string,
  day: string,
): ShortageMatch | null {
  for (const candidate of regionsOf(region)) {
    const list = lists.find(
      (l) =>
        l.region === candidate &&
        l.entries.some((e) => e.occupationCode === occupationCode && e.from <= day && (e.to === null || day < e.to)),
    );
    if (list !== undefined) {
      return { listId: list.listId, region: list.region, clause: list.clause, confirmed: list.confirmed };
    }
  }
  return null;
}
