import { GroupAdded, GroupAmended } from './group-events.ts';
import { OccupationAdded, OccupationAmended, OccupationRetired } from './occupation-events.ts';
import { SpecialAbilityAdded, SpecialAbilityAmended, SpecialAbilityRetired } from './special-ability-events.ts';
import { StandardAdded, StandardAmended, StandardRetired, StandardSuperseded } from './standard-events.ts';

/** Every event on tianfu.catalogue.events, for the registry a consumer parses with. */
export const catalogueEvents = [
  GroupAdded,
  GroupAmended,
  OccupationAdded,
  OccupationAmended,
  OccupationRetired,
  StandardAdded,
  StandardAmended,
  StandardSuperseded,
  StandardRetired,
  SpecialAbilityAdded,
  SpecialAbilityAmended,
  SpecialAbilityRetired,
] as const;
