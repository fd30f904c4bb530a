import { groupRankOf, type OccupationCode, standardYearOf } from '@tianfu/contracts';
import type { CatalogueEvent } from './catalogue-event.ts';
import type {
  CatalogueGroup,
  CatalogueOccupation,
  CatalogueSpecialAbility,
  CatalogueStandard,
  CatalogueState,
} from './catalogue-state.ts';

/**
 * A state being folded: each map is copied on its first change and changed in place after, so a
 * batch of events copies each map once rather than once per event (an import of thousands of
 * rows would otherwise copy thousands of entries thousands of times). The state it started from
 * is never touched.
 */
class Draft {
  #groups: Map<string, CatalogueGroup> | undefined;
  #occupations: Map<OccupationCode, CatalogueOccupation> | undefined;
  #abilities: Map<string, CatalogueSpecialAbility> | undefined;

  readonly #base: CatalogueState;

  constructor(base: CatalogueState) {
    this.#base = base;
  }

  get state(): CatalogueState {
    return {
      groups: this.#groups ?? this.#base.groups,
      occupations: this.#occupations ?? this.#base.occupations,
      specialAbilities: this.#abilities ?? this.#base.specialAbilities,
    };
  }

  occupation(code: OccupationCode): CatalogueOccupation | undefined {
    return (this.#occupations ?? this.#base.occupations).get(code);
  }

  ability(code: string): CatalogueSpecialAbility | undefined {
    return (this.#abilities ?? this.#base.specialAbilities).get(code);
  }

  setGroup(group: CatalogueGroup): void {
    this.#groups ??= new Map(this.#base.groups);
    this.#groups.set(group.code, group);
  }

  setOccupation(occupation: CatalogueOccupation): void {
    this.#occupations ??= new Map(this.#base.occupations);
    this.#occupations.set(occupation.code, occupation);
  }

  setAbility(ability: CatalogueSpecialAbility): void {
    this.#abilities ??= new Map(this.#base.specialAbilities);
    this.#abilities.set(ability.code, ability);
  }
}

const withoutReason = <T extends { reason: string }>({ reason: _reason, ...rest }: T) => rest;

function changeOccupation(
  draft: Draft,
  code: OccupationCode,
  change: (occupation: CatalogueOccupation) => CatalogueOccupation,
): void {
  const occupation = draft.occupation(code);
  if (occupation !== undefined) draft.setOccupation(change(occupation));
}

function changeStandard(
  draft: Draft,
  ref: { readonly occupationCode: OccupationCode; readonly version: string },
  change: (standard: CatalogueStandard) => CatalogueStandard,
): void {
  changeOccupation(draft, ref.occupationCode, (occupation) => ({
    ...occupation,
    standards: occupation.standards.map((s) => (s.version === ref.version ? change(s) : s)),
  }));
}

function applyStandard(draft: Draft, event: CatalogueEvent): void {
  switch (event.type) {
    case 'catalogue.StandardAdded': {
      const standard: CatalogueStandard = {
        ...withoutReason(event.data),
        year: standardYearOf(event.data.version),
        supersededOn: null,
        successorVersion: null,
        retiredOn: null,
      };
      const byVersion = (a: CatalogueStandard, b: CatalogueStandard) => (a.version < b.version ? -1 : 1);
      changeOccupation(draft, event.data.occupationCode, (o) => ({
        ...o,
        standards: [...o.standards, standard].sort(byVersion),
      }));
      return;
    }
    case 'catalogue.StandardAmended':
      changeStandard(draft, event.data, (s) => ({ ...s, ...withoutReason(event.data) }));
      return;
    case 'catalogue.StandardSuperseded': {
      const { supersededOn, successorVersion } = event.data;
      changeStandard(draft, event.data, (s) => ({ ...s, supersededOn, successorVersion }));
      return;
    }
    case 'catalogue.StandardRetired':
      changeStandard(draft, event.data, (s) => ({ ...s, retiredOn: event.data.retiredOn }));
      return;
    default:
      return;
  }
}

function apply(draft: Draft, event: CatalogueEvent): void {
  switch (event.type) {
    case 'catalogue.GroupAdded':
    case 'catalogue.GroupAmended': {
      const { code, name } = event.data;
      draft.setGroup({ code, rank: groupRankOf(code), name });
      return;
    }
    case 'catalogue.OccupationAdded':
      draft.setOccupation({ ...withoutReason(event.data), retiredOn: null, standards: [] });
      return;
    case 'catalogue.OccupationAmended':
      changeOccupation(draft, event.data.code, (o) => ({ ...o, ...withoutReason(event.data) }));
      return;
    case 'catalogue.OccupationRetired':
      changeOccupation(draft, event.data.code, (o) => ({ ...o, retiredOn: event.data.retiredOn }));
      return;
    case 'catalogue.SpecialAbilityAdded':
    case 'catalogue.SpecialAbilityAmended': {
      const retiredOn = draft.ability(event.data.code)?.retiredOn ?? null;
      draft.setAbility({ ...withoutReason(event.data), retiredOn });
      return;
    }
    case 'catalogue.SpecialAbilityRetired': {
      const ability = draft.ability(event.data.code);
      if (ability !== undefined) draft.setAbility({ ...ability, retiredOn: event.data.retiredOn });
      return;
    }
    default:
      applyStandard(draft, event);
      return;
  }
}

/** The catalogue after `events`, in order; `state` stays as it was, sharing what they did not touch. */
export function foldCatalogue(state: CatalogueState, events: readonly CatalogueEvent[]): CatalogueState {
  if (events.length === 0) return state;
  const draft = new Draft(state);
  for (const event of events) apply(draft, event);
  return draft.state;
}

/** The catalogue after one more event; the catalogue service's decider and every reader fold with it. */
export const evolveCatalogue = (state: CatalogueState, event: CatalogueEvent): CatalogueState =>
  foldCatalogue(state, [event]);
