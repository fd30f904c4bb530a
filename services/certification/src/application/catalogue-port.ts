import type { CatalogueState } from '@tianfu/catalogue-view/state';

/** The catalogue as this service holds it: followed from its topic (main.ts), or a given state in tests. */
export interface CataloguePort {
  current(): CatalogueState;
}

export type OccupationNameOf = (occupationCode: string) => string;

/** An occupation's name as the catalogue has it now; null for a code the catalogue does not hold. */
export type CatalogueNameOf = (occupationCode: string) => string | null;

export const catalogueNames =
  (catalogue: CataloguePort): CatalogueNameOf =>
  (occupationCode) =>
    catalogue.current().occupations.get(occupationCode)?.name ?? null;

/**
 * An occupation's name as the catalogue has it now. A retired occupation keeps its entry, so a
 * certificate issued under it still reads as it was issued; a code the catalogue does not hold
 * reads as itself.
 */
export const occupationNames = (catalogue: CataloguePort): OccupationNameOf => {
  const inCatalogue = catalogueNames(catalogue);
  return (occupationCode) => inCatalogue(occupationCode) ?? occupationCode;
};
