// The catalogue as pure data and queries, with no I/O: what the catalogue service's domain folds
// and decides with, and what a reader holds once its follower has caught up.
export type { CatalogueEvent } from './catalogue-event.ts';
export type { OccupationHit, OccupationSearch } from './catalogue-queries.ts';
export {
  groupsAbove,
  isRetiredBy,
  isStandardInForce,
  newOccupationsOf,
  searchOccupations,
  standardInForce,
} from './catalogue-queries.ts';
export type {
  CatalogueGroup,
  CatalogueOccupation,
  CatalogueSpecialAbility,
  CatalogueStandard,
  CatalogueState,
} from './catalogue-state.ts';
export { emptyCatalogue } from './catalogue-state.ts';
export { evolveCatalogue, foldCatalogue } from './evolve-catalogue.ts';
