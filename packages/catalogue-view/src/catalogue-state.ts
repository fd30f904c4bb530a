import type {
  OccupationCode,
  OccupationFields,
  OccupationGroupRank,
  SpecialAbilityFields,
  StandardFields,
} from '@tianfu/contracts';

/** A 大类, 中类 or 小类 of the 大典. */
export interface CatalogueGroup {
  readonly code: string;
  readonly rank: OccupationGroupRank;
  readonly name: string;
}

/** One 国家职业技能标准 version of an occupation, with where it stands. */
export interface CatalogueStandard extends StandardFields {
  readonly occupationCode: OccupationCode;
  readonly version: string;
  readonly year: number;
  readonly supersededOn: string | null;
  readonly successorVersion: string | null;
  readonly retiredOn: string | null;
}

/** An occupation (细类) with its 工种 and every standard version on record, by version. */
export interface CatalogueOccupation extends OccupationFields {
  readonly code: OccupationCode;
  readonly retiredOn: string | null;
  readonly standards: readonly CatalogueStandard[];
}

/** A 专项职业能力 考核规范. */
export interface CatalogueSpecialAbility extends SpecialAbilityFields {
  readonly code: string;
  readonly retiredOn: string | null;
}

/**
 * The whole catalogue as events built it. Immutable: each event makes a new state sharing what it
 * did not touch, so the catalogue service decides against one state while readers hold another.
 */
export interface CatalogueState {
  readonly groups: ReadonlyMap<string, CatalogueGroup>;
  readonly occupations: ReadonlyMap<OccupationCode, CatalogueOccupation>;
  readonly specialAbilities: ReadonlyMap<string, CatalogueSpecialAbility>;
}

export const emptyCatalogue = (): CatalogueState => ({
  groups: new Map(),
  occupations: new Map(),
  specialAbilities: new Map(),
});
