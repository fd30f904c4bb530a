import { type CatalogueState, isRetiredBy, standardInForce } from '@tianfu/catalogue-view/state';
import type { TrainingItem } from '@tianfu/contracts';
import { levelsOf } from '@tianfu/skill-rules';
import { type ItemStanding, type ItemStandings, itemKey } from '../domain/catalogue-items.ts';

/**
 * The occupation catalogue as this instance holds it, followed from the catalogue's topic
 * (docs/architecture.md "The occupation catalogue"): read in memory, never over HTTP on a request.
 */
export interface CataloguePort {
  current(): CatalogueState;
}

function standingOf(catalogue: CatalogueState, item: TrainingItem, day: string): ItemStanding {
  const entry =
    item.kind === 'occupation' ? catalogue.occupations.get(item.code) : catalogue.specialAbilities.get(item.code);
  if (entry === undefined) return 'unknown';
  return isRetiredBy(entry, day) ? 'retired' : 'listed';
}

/** Where each item stands in the catalogue on `day` (YYYY-MM-DD), for a command to judge. */
export function standingsOf(catalogue: CataloguePort, items: readonly TrainingItem[], day: string): ItemStandings {
  const held = catalogue.current();
  return Object.fromEntries(items.map((item) => [itemKey(item), standingOf(held, item, day)]));
}

/** The levels the occupation's standard in force on `day` offers; null for other items or no standard. */
export function offeredLevelsOn(catalogue: CataloguePort, item: TrainingItem, day: string) {
  if (item.kind !== 'occupation') return null;
  const standard = standardInForce(catalogue.current(), item.code, day);
  return standard === undefined ? null : levelsOf(standard);
}
