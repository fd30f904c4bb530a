import type { CatalogueState } from '@tianfu/catalogue-view/state';

/** The catalogue's name of an occupation, or null when it holds none; a retired occupation keeps its name. */
export const occupationNameIn = (catalogue: CatalogueState, code: string): string | null =>
  catalogue.occupations.get(code)?.name ?? null;
