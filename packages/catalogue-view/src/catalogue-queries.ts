import { type OccupationCode, parentCodeOf } from '@tianfu/contracts';
import type { CatalogueGroup, CatalogueOccupation, CatalogueStandard, CatalogueState } from './catalogue-state.ts';

export interface OccupationSearch {
  /** Codes starting with this (`6-31`, `6-31-01-0`). */
  readonly codePrefix?: string;
  /** A substring of the occupation's name or of one of its 工种's. */
  readonly name?: string;
  readonly includeRetired?: boolean;
  readonly limit: number;
}

export interface OccupationHit {
  readonly occupation: CatalogueOccupation;
  /** The 工种 whose names hold the searched text (empty when the occupation's own name does, or no text was given). */
  readonly matchedWorkTypes: readonly string[];
}

function hitOf(occupation: CatalogueOccupation, name: string | undefined): OccupationHit | null {
  if (name === undefined || occupation.name.includes(name)) return { occupation, matchedWorkTypes: [] };
  const matchedWorkTypes = occupation.workTypes.filter((w) => w.includes(name));
  return matchedWorkTypes.length > 0 ? { occupation, matchedWorkTypes } : null;
}

// Each catalogue's occupations in code order, sorted once per state (a state never changes), so a
// search walks them in the order it answers in and stops at its limit instead of sorting every hit.
const codeOrder = new WeakMap<CatalogueState['occupations'], readonly CatalogueOccupation[]>();

function inCodeOrder(state: CatalogueState): readonly CatalogueOccupation[] {
  let sorted = codeOrder.get(state.occupations);
  if (sorted === undefined) {
    sorted = [...state.occupations.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
    codeOrder.set(state.occupations, sorted);
  }
  return sorted;
}

/** Occupations by code prefix and/or name (工种 names too), in code order, at most `limit`. */
export function searchOccupations(state: CatalogueState, search: OccupationSearch): readonly OccupationHit[] {
  const hits: OccupationHit[] = [];
  for (const occupation of inCodeOrder(state)) {
    if (hits.length === search.limit) break;
    if (search.codePrefix !== undefined && !occupation.code.startsWith(search.codePrefix)) continue;
    if (occupation.retiredOn !== null && search.includeRetired !== true) continue;
    const hit = hitOf(occupation, search.name);
    if (hit !== null) hits.push(hit);
  }
  return hits;
}

/** The 大类, 中类 and 小类 above an occupation, widest first, as far as the catalogue has them. */
export function groupsAbove(state: CatalogueState, code: OccupationCode): readonly CatalogueGroup[] {
  const groups: CatalogueGroup[] = [];
  for (let parent = parentCodeOf(code); parent !== null; parent = parentCodeOf(parent)) {
    const group = state.groups.get(parent);
    if (group !== undefined) groups.unshift(group);
  }
  return groups;
}

/** Whether an entry was retired on or before `day` (YYYY-MM-DD): from its retirement day it is gone. */
export const isRetiredBy = (entry: { readonly retiredOn: string | null }, day: string): boolean =>
  entry.retiredOn !== null && entry.retiredOn <= day;

/** Whether a standard version is the one to assess by on `day` (YYYY-MM-DD). */
export const isStandardInForce = (standard: CatalogueStandard, day: string): boolean =>
  standard.effectiveFrom <= day &&
  (standard.supersededOn === null || day < standard.supersededOn) &&
  !isRetiredBy(standard, day);

/** The standard version of an occupation in force on `day`, the newest if more than one. */
export function standardInForce(
  state: CatalogueState,
  code: OccupationCode,
  day: string,
): CatalogueStandard | undefined {
  const standards = state.occupations.get(code)?.standards ?? [];
  return standards.filter((s) => isStandardInForce(s, day)).at(-1);
}

/** 新职业 published in `year`, by publication date then code. */
export function newOccupationsOf(state: CatalogueState, year: number): readonly CatalogueOccupation[] {
  const prefix = `${year}-`;
  return [...state.occupations.values()]
    .filter((o) => o.newOccupationPublishedOn?.startsWith(prefix) === true)
    .sort((a, b) => (`${a.newOccupationPublishedOn} ${a.code}` < `${b.newOccupationPublishedOn} ${b.code}` ? -1 : 1));
}
