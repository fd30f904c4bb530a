import type { CatalogueState } from '@tianfu/catalogue-view/state';

/** The catalogue's name of an occupation, or null when it holds none; a retired occupation keeps its name. */
export const occupationNameIn = (catalogue: CatalogueState, code: string): string | null =>
  catalogue.occupations.get(code)?.name ?? null;

function namesOf(codes: readonly string[], nameOf: (code: string) => string | undefined): Record<string, string> {
  const named: Record<string, string> = {};
  for (const code of codes) {
    const name = nameOf(code);
    if (name !== undefined) named[code] = name;
  }
  return named;
}

/**
 * The names of the occupations and 中类 a talent-pool page counts, as the catalogue has them
 * (docs/domain.md §3.4); a code the catalogue does not hold is left out.
 */
export function facetNames(
  catalogue: CatalogueState,
  facets: { readonly occupation: Record<string, number>; readonly occupationGroup: Record<string, number> },
): { occupation: Record<string, string>; occupationGroup: Record<string, string> } {
  return {
    occupation: namesOf(Object.keys(facets.occupation), (code) => catalogue.occupations.get(code)?.name),
    occupationGroup: namesOf(Object.keys(facets.occupationGroup), (code) => catalogue.groups.get(code)?.name),
  };
}
