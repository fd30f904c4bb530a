import {
  type CatalogueEvent,
  type CatalogueState,
  emptyCatalogue,
  evolveCatalogue,
} from '@tianfu/catalogue-view/state';
import type {
  GroupAmendedData,
  OccupationAmendedData,
  OccupationRetiredData,
  SpecialAbilityAmendedData,
  SpecialAbilityRetiredData,
  StandardAmendedData,
  StandardRetiredData,
  StandardSupersededData,
} from '@tianfu/contracts';
import type { Decider } from '@tianfu/decider';
import {
  amendGroup,
  amendOccupation,
  amendSpecialAbility,
  amendStandard,
  retireOccupation,
  retireSpecialAbility,
  retireStandard,
  supersedeStandard,
} from './catalogue-changes.ts';
import type { CatalogueEntry, EntryRule } from './catalogue-entry.ts';
import { type CatalogueErrorCode, fieldRefusal } from './catalogue-errors.ts';
import type { CatalogueUsage } from './catalogue-usage.ts';
import { additionProblem, pendingOn } from './check-addition.ts';
import { addedEvent, type CatalogueNewEvent } from './entry-events.ts';
import { type ImportRow, importEntries } from './import-entries.ts';

export type CatalogueCommand =
  | { readonly type: 'Import'; readonly data: { readonly rows: readonly ImportRow[]; readonly reason: string } }
  | { readonly type: 'Add'; readonly data: { readonly entry: CatalogueEntry; readonly reason: string } }
  | { readonly type: 'AmendGroup'; readonly data: GroupAmendedData }
  | { readonly type: 'AmendOccupation'; readonly data: OccupationAmendedData }
  | { readonly type: 'RetireOccupation'; readonly data: OccupationRetiredData; readonly usage: CatalogueUsage }
  | { readonly type: 'AmendStandard'; readonly data: StandardAmendedData }
  | { readonly type: 'SupersedeStandard'; readonly data: StandardSupersededData }
  | { readonly type: 'RetireStandard'; readonly data: StandardRetiredData; readonly usage: CatalogueUsage }
  | { readonly type: 'AmendSpecialAbility'; readonly data: SpecialAbilityAmendedData }
  | { readonly type: 'RetireSpecialAbility'; readonly data: SpecialAbilityRetiredData };

const refusalOf: Readonly<Record<EntryRule, CatalogueErrorCode>> = {
  parent_missing: 'PARENT_NOT_FOUND',
  duplicate_code: 'ENTRY_EXISTS',
  duplicate_version: 'STANDARD_VERSION_EXISTS',
  occupation_missing: 'OCCUPATION_NOT_FOUND',
  occupation_retired: 'OCCUPATION_RETIRED',
  deviation_rule_unknown: 'DEVIATION_RULE_UNKNOWN',
};

/** One entry added by hand: the import's checks, one refusal naming the field and rule. */
function add(state: CatalogueState, entry: CatalogueEntry, reason: string): CatalogueNewEvent[] {
  const problem = additionProblem(pendingOn(state), entry);
  if (problem !== null) throw fieldRefusal(refusalOf[problem.rule], problem.field, problem.rule, problem.message);
  return [addedEvent(entry, reason)];
}

function decide(command: CatalogueCommand, state: CatalogueState): readonly CatalogueNewEvent[] {
  switch (command.type) {
    case 'Import':
      return importEntries(state, command.data.rows, command.data.reason);
    case 'Add':
      return add(state, command.data.entry, command.data.reason);
    case 'AmendGroup':
      return amendGroup(state, command.data);
    case 'AmendOccupation':
      return amendOccupation(state, command.data);
    case 'RetireOccupation':
      return retireOccupation(state, command.data, command.usage);
    case 'AmendStandard':
      return amendStandard(state, command.data);
    case 'SupersedeStandard':
      return supersedeStandard(state, command.data);
    case 'RetireStandard':
      return retireStandard(state, command.data, command.usage);
    case 'AmendSpecialAbility':
      return amendSpecialAbility(state, command.data);
    case 'RetireSpecialAbility':
      return retireSpecialAbility(state, command.data);
  }
}

/**
 * The catalogue as one aggregate (docs/adr/0009-catalogue-is-its-own-service.md): its rules cross entries (a
 * parent, a successor, a duplicate anywhere), and an import is one commit, so all or nothing.
 */
export const catalogueDecider: Decider<CatalogueCommand, CatalogueState, CatalogueEvent> = {
  initialState: emptyCatalogue,
  evolve: evolveCatalogue,
  decide,
};
