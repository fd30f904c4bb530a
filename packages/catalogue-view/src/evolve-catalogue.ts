import { groupRankOf, type OccupationCode, standardYearOf } from '@tianfu/contracts';
import type { CatalogueEvent } from './catalogue-event.ts';
import type { CatalogueOccupation, CatalogueStandard, CatalogueState } from './catalogue-state.ts';

const withEntry = <K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> => new Map(map).set(key, value);

const withoutReason = <T extends { reason: string }>({ reason: _reason, ...rest }: T) => rest;

function withOccupation(
  state: CatalogueState,
  code: OccupationCode,
  change: (occupation: CatalogueOccupation) => CatalogueOccupation,
): CatalogueState {
  const occupation = state.occupations.get(code);
  return occupation === undefined
    ? state
    : { ...state, occupations: withEntry(state.occupations, code, change(occupation)) };
}

function withStandard(
  state: CatalogueState,
  ref: { readonly occupationCode: OccupationCode; readonly version: string },
  change: (standard: CatalogueStandard) => CatalogueStandard,
): CatalogueState {
  return withOccupation(state, ref.occupationCode, (occupation) => ({
    ...occupation,
    standards: occupation.standards.map((s) => (s.version === ref.version ? change(s) : s)),
  }));
}

function evolveStandards(state: CatalogueState, event: CatalogueEvent): CatalogueState {
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
      return withOccupation(state, event.data.occupationCode, (o) => ({
        ...o,
        standards: [...o.standards, standard].sort(byVersion),
      }));
    }
    case 'catalogue.StandardAmended':
      return withStandard(state, event.data, (s) => ({ ...s, ...withoutReason(event.data) }));
    case 'catalogue.StandardSuperseded': {
      const { supersededOn, successorVersion } = event.data;
      return withStandard(state, event.data, (s) => ({ ...s, supersededOn, successorVersion }));
    }
    case 'catalogue.StandardRetired':
      return withStandard(state, event.data, (s) => ({ ...s, retiredOn: event.data.retiredOn }));
    default:
      return state;
  }
}

/** The catalogue after one more event; the catalogue service's decider and every reader fold with it. */
export function evolveCatalogue(state: CatalogueState, event: CatalogueEvent): CatalogueState {
  switch (event.type) {
    case 'catalogue.GroupAdded':
    case 'catalogue.GroupAmended': {
      const { code, name } = event.data;
      return { ...state, groups: withEntry(state.groups, code, { code, rank: groupRankOf(code), name }) };
    }
    case 'catalogue.OccupationAdded': {
      const occupation = { ...withoutReason(event.data), retiredOn: null, standards: [] };
      return { ...state, occupations: withEntry(state.occupations, event.data.code, occupation) };
    }
    case 'catalogue.OccupationAmended':
      return withOccupation(state, event.data.code, (o) => ({ ...o, ...withoutReason(event.data) }));
    case 'catalogue.OccupationRetired':
      return withOccupation(state, event.data.code, (o) => ({ ...o, retiredOn: event.data.retiredOn }));
    case 'catalogue.SpecialAbilityAdded':
    case 'catalogue.SpecialAbilityAmended': {
      const retiredOn = state.specialAbilities.get(event.data.code)?.retiredOn ?? null;
      const ability = { ...withoutReason(event.data), retiredOn };
      return { ...state, specialAbilities: withEntry(state.specialAbilities, event.data.code, ability) };
    }
    case 'catalogue.SpecialAbilityRetired': {
      const ability = state.specialAbilities.get(event.data.code);
      if (ability === undefined) return state;
      const retired = { ...ability, retiredOn: event.data.retiredOn };
      return { ...state, specialAbilities: withEntry(state.specialAbilities, event.data.code, retired) };
    }
    default:
      return evolveStandards(state, event);
  }
}
