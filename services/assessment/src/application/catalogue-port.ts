import type { CatalogueOccupation, CatalogueState } from '@tianfu/catalogue-view/state';

/**
 * The occupation catalogue as this instance holds it, followed from the catalogue's topic
 * (docs/architecture.md "The occupation catalogue"): read in memory, never over HTTP on a request.
 */
export interface CataloguePort {
  current(): CatalogueState;
}

/** The catalogue's record of an occupation, or null when it has none. */
export const occupationIn = (catalogue: CataloguePort, code: string): CatalogueOccupation | null =>
  catalogue.current().occupations.get(code) ?? null;
