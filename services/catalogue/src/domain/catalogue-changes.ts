import type { CatalogueOccupation, CatalogueStandard, CatalogueState } from '@tianfu/catalogue-view/state';
import type {
  GroupAmendedData,
  OccupationAmendedData,
  OccupationCode,
  OccupationRetiredData,
  SpecialAbilityAmendedData,
  SpecialAbilityRetiredData,
  StandardAmendedData,
  StandardRetiredData,
  StandardSupersededData,
} from '@tianfu/contracts';
import { catalogueError, fieldRefusal } from './catalogue-errors.ts';
import { type CatalogueUsage, refuseWhileUsed } from './catalogue-usage.ts';
import { deviationProblem } from './check-addition.ts';
import { type CatalogueNewEvent, holdsFields } from './entry-events.ts';

const event = (type: CatalogueNewEvent['type'], data: CatalogueNewEvent['data']): CatalogueNewEvent[] => [
  { type, data },
];

export function occupationOf(state: CatalogueState, code: OccupationCode): CatalogueOccupation {
  const occupation = state.occupations.get(code);
  if (occupation === undefined)
    throw catalogueError('OCCUPATION_NOT_FOUND', `occupation ${code} is not in the catalogue`);
  return occupation;
}

function standardOf(state: CatalogueState, code: OccupationCode, version: string): CatalogueStandard {
  const standard = occupationOf(state, code).standards.find((s) => s.version === version);
  if (standard === undefined)
    throw catalogueError('STANDARD_NOT_FOUND', `occupation ${code} has no standard version ${version}`);
  return standard;
}

const notRetired = (what: string, retiredOn: string | null) => {
  if (retiredOn !== null) throw catalogueError('ENTRY_RETIRED', `${what} was retired on ${retiredOn}`);
};

/** An amendment that changes nothing `held` has emits nothing, so a repeated request applies once. */
function amended(
  held: object | undefined,
  type: CatalogueNewEvent['type'],
  data: CatalogueNewEvent['data'] & { readonly reason: string },
): CatalogueNewEvent[] {
  const { reason: _reason, ...fields } = data;
  return holdsFields(held, fields) ? [] : event(type, data);
}

export function amendGroup(state: CatalogueState, data: GroupAmendedData): CatalogueNewEvent[] {
  if (!state.groups.has(data.code))
    throw catalogueError('GROUP_NOT_FOUND', `group ${data.code} is not in the catalogue`);
  return amended(state.groups.get(data.code), 'catalogue.GroupAmended', data);
}

export function amendOccupation(state: CatalogueState, data: OccupationAmendedData): CatalogueNewEvent[] {
  const occupation = occupationOf(state, data.code);
  notRetired(`occupation ${data.code}`, occupation.retiredOn);
  return amended(occupation, 'catalogue.OccupationAmended', data);
}

/** Refused while open sessions or standing filings use the occupation. */
export function retireOccupation(
  state: CatalogueState,
  data: OccupationRetiredData,
  usage: CatalogueUsage,
): CatalogueNewEvent[] {
  notRetired(`occupation ${data.code}`, occupationOf(state, data.code).retiredOn);
  refuseWhileUsed(`occupation ${data.code}`, 'code', usage);
  return event('catalogue.OccupationRetired', data);
}

export function amendStandard(state: CatalogueState, data: StandardAmendedData): CatalogueNewEvent[] {
  const standard = standardOf(state, data.occupationCode, data.version);
  notRetired(`standard ${data.occupationCode}@${data.version}`, standard.retiredOn);
  const problem = deviationProblem(data);
  if (problem !== null) throw fieldRefusal('DEVIATION_RULE_UNKNOWN', problem.field, problem.rule, problem.message);
  return amended(standard, 'catalogue.StandardAmended', data);
}

/** A standard gives way to a newer version of the same occupation, on or after the day that one takes effect. */
export function supersedeStandard(state: CatalogueState, data: StandardSupersededData): CatalogueNewEvent[] {
  const standard = standardOf(state, data.occupationCode, data.version);
  const what = `standard ${data.occupationCode}@${data.version}`;
  notRetired(what, standard.retiredOn);
  if (standard.supersededOn !== null)
    throw catalogueError('ENTRY_RETIRED', `${what} was superseded on ${standard.supersededOn}`);
  const successor = occupationOf(state, data.occupationCode).standards.find((s) => s.version === data.successorVersion);
  if (successor === undefined || successor.version <= data.version)
    throw fieldRefusal(
      'SUCCESSOR_INVALID',
      'successorVersion',
      successor === undefined ? 'successor_missing' : 'successor_not_newer',
      `the successor must be a newer standard version of ${data.occupationCode} in the catalogue`,
    );
  return event('catalogue.StandardSuperseded', data);
}

/** Refused while open sessions or standing filings use this version; superseding it is not. */
export function retireStandard(
  state: CatalogueState,
  data: StandardRetiredData,
  usage: CatalogueUsage,
): CatalogueNewEvent[] {
  const what = `standard ${data.occupationCode}@${data.version}`;
  notRetired(what, standardOf(state, data.occupationCode, data.version).retiredOn);
  refuseWhileUsed(what, 'version', usage);
  return event('catalogue.StandardRetired', data);
}

function abilityOf(state: CatalogueState, code: string) {
  const ability = state.specialAbilities.get(code);
  if (ability === undefined)
    throw catalogueError('SPECIAL_ABILITY_NOT_FOUND', `专项职业能力 ${code} is not in the catalogue`);
  return ability;
}

export function amendSpecialAbility(state: CatalogueState, data: SpecialAbilityAmendedData): CatalogueNewEvent[] {
  const ability = abilityOf(state, data.code);
  notRetired(`专项职业能力 ${data.code}`, ability.retiredOn);
  return amended(ability, 'catalogue.SpecialAbilityAmended', data);
}

export function retireSpecialAbility(state: CatalogueState, data: SpecialAbilityRetiredData): CatalogueNewEvent[] {
  notRetired(`专项职业能力 ${data.code}`, abilityOf(state, data.code).retiredOn);
  return event('catalogue.SpecialAbilityRetired', data);
}
