import type { CatalogueState } from '@tianfu/catalogue-view/state';

/**
 * The occupation catalogue as this instance holds it, followed from the catalogue's topic
 * (main.ts) or given in tests: read in memory, never over HTTP on a request.
 */
export interface CataloguePort {
  current(): CatalogueState;
}
