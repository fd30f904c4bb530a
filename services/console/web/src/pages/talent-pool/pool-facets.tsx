import { useMessages } from '../../i18n/messages.ts';
import { brandNames, trainingKindNames } from '../training/training-names.ts';
import type { PoolFilter } from './pool-filter.ts';
import type { PoolPage } from './pool-page-types.ts';
import { poolMessages } from './talent-pool-messages.ts';

type FacetKey = keyof PoolPage['facets'];

/** Which filter a facet's count sets when chosen. */
const filterOf: Record<FacetKey, keyof PoolFilter | null> = {
  region: 'region',
  highest: 'minLevel',
  industry: 'industry',
  honour: 'honour',
  medal: 'medal',
  occupation: 'occupation',
  occupationGroup: 'occupation',
  trainingKind: 'trainingKind',
  trainingBrand: 'trainingBrand',
};

const UNSET = new Set(['unknown', 'none']);

/** The counts over every match, each a button that narrows the search to it. */
export function PoolFacets({
  page,
  filter,
  onChoose,
  regionFixed,
}: {
  page: PoolPage;
  filter: PoolFilter;
  onChoose: (key: keyof PoolFilter, value: string) => void;
  regionFixed: boolean;
}) {
  const t = useMessages(poolMessages);
  // Career names training in Chinese only; the page's own names follow the language chosen.
  const ownNames: Partial<Record<FacetKey, Readonly<Record<string, string>>>> = {
    trainingKind: useMessages(trainingKindNames),
    trainingBrand: useMessages(brandNames),
  };
  const titles: Record<FacetKey, string> = {
    region: t.facetRegion,
    highest: t.facetHighest,
    industry: t.facetIndustry,
    honour: t.facetHonour,
    medal: t.facetMedal,
    occupationGroup: t.facetOccupationGroup,
    occupation: t.facetOccupation,
    trainingKind: t.facetTrainingKind,
    trainingBrand: t.facetTrainingBrand,
  };
  return (
    <section class="pool-facets" aria-labelledby="pool-facets-title">
      <h2 id="pool-facets-title">{t.facets}</h2>
      {(Object.keys(titles) as FacetKey[]).map((facet) => {
        const counts = Object.entries(page.facets[facet]).sort(([, a], [, b]) => b - a);
        const key = filterOf[facet];
        if (counts.length === 0 || key === null) return null;
        return (
          <div key={facet} class="facet">
            <h3>{titles[facet]}</h3>
            <ul>
              {counts.map(([code, count]) => {
                const name = ownNames[facet]?.[code] ?? page.facetNames[facet][code] ?? code;
                const chosen = filter[key] === code;
                const fixed = UNSET.has(code) || (facet === 'region' && regionFixed);
                return (
                  <li key={code}>
                    <button
                      type="button"
                      class="facet-choice"
                      aria-pressed={chosen}
                      disabled={fixed}
                      onClick={() => onChoose(key, chosen ? '' : code)}
                    >
                      {name} <span class="facet-count">{count}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
