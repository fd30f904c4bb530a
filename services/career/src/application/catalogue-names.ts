import { occupationNameIn } from '../domain/occupation-names.ts';
import type { CataloguePort } from './catalogue-port.ts';

type Counts = Readonly<Record<string, number>>;

export interface CatalogueNames {
  /** The catalogue's name of an occupation; null when it holds none. */
  occupation(code: string): string | null;
  /** The names of the occupations and 中类 a talent-pool page's facets count; a code it does not hold is left out. */
  facets(facets: { readonly occupation: Counts; readonly occupationGroup: Counts }): {
    occupation: Record<string, string>;
    occupationGroup: Record<string, string>;
  };
}

/** The name of each counted code, leaving out a code `nameOf` has none for. */
export function namesOf(counts: Counts, nameOf: (code: string) => string | null | undefined): Record<string, string> {
  const named: Record<string, string> = {};
  for (const code of Object.keys(counts)) {
    const name = nameOf(code);
    if (name != null) named[code] = name;
  }
  return named;
}

/** Names as the catalogue held now gives them (docs/domain.md §3.4), for one answer. */
export function catalogueNames(catalogue: CataloguePort): CatalogueNames {
  const held = catalogue.current();
  const occupation = (code: string) => occupationNameIn(held, code);
  return {
    occupation,
    facets: (facets) => ({
      occupation: namesOf(facets.occupation, occupation),
      occupationGroup: namesOf(facets.occupationGroup, (code) => held.groups.get(code)?.name),
    }),
  };
}
