import type {
  GroupAddedData,
  GroupAmendedData,
  OccupationAddedData,
  OccupationAmendedData,
  OccupationRetiredData,
  SpecialAbilityAddedData,
  SpecialAbilityAmendedData,
  SpecialAbilityRetiredData,
  StandardAddedData,
  StandardAmendedData,
  StandardRetiredData,
  StandardSupersededData,
} from '@tianfu/contracts';

type Event<T extends string, D> = { readonly type: T; readonly data: D };

/** Every catalogue event as the catalogue folds it: type and data, without the envelope. */
export type CatalogueEvent =
  | Event<'catalogue.GroupAdded', GroupAddedData>
  | Event<'catalogue.GroupAmended', GroupAmendedData>
  | Event<'catalogue.OccupationAdded', OccupationAddedData>
  | Event<'catalogue.OccupationAmended', OccupationAmendedData>
  | Event<'catalogue.OccupationRetired', OccupationRetiredData>
  | Event<'catalogue.StandardAdded', StandardAddedData>
  | Event<'catalogue.StandardAmended', StandardAmendedData>
  | Event<'catalogue.StandardSuperseded', StandardSupersededData>
  | Event<'catalogue.StandardRetired', StandardRetiredData>
  | Event<'catalogue.SpecialAbilityAdded', SpecialAbilityAddedData>
  | Event<'catalogue.SpecialAbilityAmended', SpecialAbilityAmendedData>
  | Event<'catalogue.SpecialAbilityRetired', SpecialAbilityRetiredData>;
