import type { TrainingItem } from '@tianfu/contracts';
import { type FieldProblem, fieldsRefused } from './training-errors.ts';

/** Where an item stands in the catalogue on the command's day, as the handler looked it up. */
export type ItemStanding = 'listed' | 'retired' | 'unknown';

/** The catalogue's answer for each item a command names, keyed by `itemKey`. */
export type ItemStandings = Readonly<Record<string, ItemStanding>>;

export const itemKey = (item: TrainingItem): string => `${item.kind}:${item.code}`;

const itemWords = (item: TrainingItem): string =>
  item.kind === 'occupation' ? `occupation ${item.code}` : `专项职业能力 ${item.code}`;

function problemOf(item: TrainingItem, standing: ItemStanding | undefined, field: string): FieldProblem | null {
  if (standing === 'listed') return null;
  if (standing === 'retired') {
    return { field, rule: 'retired_in_catalogue', message: `${itemWords(item)} is retired from the catalogue` };
  }
  return { field, rule: 'not_in_catalogue', message: `${itemWords(item)} is not in the catalogue` };
}

/**
 * Only what the catalogue lists and has not retired can be trained (docs/domain.md §7.1, §3.4);
 * every item not so is named at `<path>.<i>.code`, or at `<path>.code` for a single item.
 */
export function checkItemsListed(items: readonly TrainingItem[], standings: ItemStandings, path: string): void {
  const many = items.length > 1 || path.endsWith('s');
  const problems = items
    .map((item, i) => problemOf(item, standings[itemKey(item)], many ? `${path}.${i}.code` : `${path}.code`))
    .filter((p): p is FieldProblem => p !== null);
  if (problems.length > 0) throw fieldsRefused('ITEM_NOT_IN_CATALOGUE', problems);
}
