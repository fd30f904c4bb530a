export type { CatalogueEvent } from './catalogue-event.ts';
export type { CatalogueFollower, FollowCatalogueOptions } from './catalogue-follower.ts';
export { followCatalogue } from './catalogue-follower.ts';
export type { OccupationHit, OccupationSearch } from './catalogue-queries.ts';
export {
  groupsAbove,
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
export { evolveCatalogue } from './evolve-catalogue.ts';
