import type { CatalogueState } from '@tianfu/catalogue-view/state';

/**
 * The occupation catalogue as this instance holds it, followed from the catalogue's topic
 * (docs/architecture.md "The occupation catalogue"): read in memory, never over HTTP on a request.
 */
export interface CataloguePort {
  current(): CatalogueState;
}

/** The catalogue's name of an occupation; null while it holds none. */
export const occupationName = (catalogue: CataloguePort, code: string): string | null =>
  catalogue.current().occupations.get(code)?.name ?? null;
