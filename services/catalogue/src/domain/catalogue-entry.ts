import type {
  GroupAddedData,
  OccupationAddedData,
  SpecialAbilityAddedData,
  StandardAddedData,
} from '@tianfu/contracts';

type WithoutReason<T> = Omit<T, 'reason'>;

/** One thing the catalogue holds, as an addition names it: a 大典 group, an occupation, a standard version, a 专项职业能力. */
export type CatalogueEntry =
  | ({ readonly entity: 'group' } & WithoutReason<GroupAddedData>)
  | ({ readonly entity: 'occupation' } & WithoutReason<OccupationAddedData>)
  | ({ readonly entity: 'standard' } & WithoutReason<StandardAddedData>)
  | ({ readonly entity: 'special-ability' } & WithoutReason<SpecialAbilityAddedData>);

/** Why an entry cannot go in; `field` is the entry's own field name. */
export interface EntryProblem {
  readonly field: string;
  readonly rule: EntryRule;
  readonly message: string;
}

export type EntryRule =
  | 'parent_missing'
  | 'duplicate_code'
  | 'duplicate_version'
  | 'occupation_missing'
  | 'occupation_retired'
  | 'deviation_rule_unknown';

/** Groups widest first, then occupations, standards and 专项职业能力: each after what it hangs on. */
const order = (entry: CatalogueEntry): number =>
  entry.entity === 'group' ? entry.code.length : { occupation: 20, standard: 21, 'special-ability': 22 }[entry.entity];

export const byDependency = <T extends { readonly entry: CatalogueEntry }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => order(a.entry) - order(b.entry));
