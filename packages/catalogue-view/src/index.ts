export type { CatalogueFollower, FollowCatalogueOptions } from './catalogue-follower.ts';
export { followCatalogue } from './catalogue-follower.ts';
export * from './state.ts';
