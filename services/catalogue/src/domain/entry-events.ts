import type { CatalogueEvent, CatalogueState } from '@tianfu/catalogue-view/state';
import type { NewEvent } from '@tianfu/contracts';
import type { CatalogueEntry } from './catalogue-entry.ts';

export type CatalogueNewEvent = NewEvent<CatalogueEvent['type'], CatalogueEvent['data']>;

const typeOf = {
  group: 'catalogue.GroupAdded',
  occupation: 'catalogue.OccupationAdded',
  standard: 'catalogue.StandardAdded',
  'special-ability': 'catalogue.SpecialAbilityAdded',
} as const;

/** The event that adds `entry`. */
export function addedEvent(entry: CatalogueEntry, reason: string): CatalogueNewEvent {
  const { entity, ...data } = entry;
  return { type: typeOf[entity], data: { ...data, reason } } as CatalogueNewEvent;
}

/** The fields of `entry` as the catalogue holds them now, or undefined when it holds no such entry. */
function heldAs(state: CatalogueState, entry: CatalogueEntry): object | undefined {
  switch (entry.entity) {
    case 'group':
      return state.groups.get(entry.code);
    case 'occupation':
      return state.occupations.get(entry.code);
    case 'standard':
      return state.occupations.get(entry.occupationCode)?.standards.find((s) => s.version === entry.version);
    case 'special-ability':
      return state.specialAbilities.get(entry.code);
  }
}

/** Whether `held` has every field of `fields`, each with the same value. */
export function holdsFields(held: object | undefined, fields: object): boolean {
  if (held === undefined) return false;
  const values = new Map(Object.entries(held));
  return Object.entries(fields).every(([field, value]) => canonical(values.get(field)) === canonical(value));
}

/**
 * Whether the catalogue already holds `entry` exactly as given (every field the entry names), so an
 * import read again adds nothing rather than failing.
 */
export function heldUnchanged(state: CatalogueState, entry: CatalogueEntry): boolean {
  const { entity: _entity, ...fields } = entry;
  return holdsFields(heldAs(state, entry), fields);
}

/** JSON with object keys sorted: a stored document need not keep the key order it was written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
