import { sichuanRegion } from '@tianfu/contracts';
import { type Measure, measures } from './plan-targets.ts';

export type Counts = Record<Measure, number>;

const zero = (): Counts => Object.fromEntries(measures.map((m) => [m, 0])) as Counts;

const bump = <K>(map: Map<K, Counts>, key: K, measure: Measure, n: number) => {
  const counts = map.get(key) ?? zero();
  counts[measure] += n;
  map.set(key, counts);
};

const regionName = (code: string) => sichuanRegion(code)?.name ?? '未知';
const UNKNOWN = 'unknown';

/**
 * Counts of each measure in total, by year, by 市(州), and by year and 市(州) together, so a chart
 * of one year's regions needs no second query. A fact without a 市(州) counts under `unknown`.
 */
export function indicatorTally() {
  const totals = zero();
  const years = new Map<string, Counts>();
  const regions = new Map<string, Counts>();
  const cells = new Map<string, Counts>();
  return {
    /** `n` at once: a class's count of its completers in a target group. */
    add(measure: Measure, date: string, region: string | null, n = 1) {
      const year = date.slice(0, 4);
      const code = region ?? UNKNOWN;
      totals[measure] += n;
      bump(years, year, measure, n);
      bump(regions, code, measure, n);
      bump(cells, `${year}|${code}`, measure, n);
    },
    result() {
      const sorted = (map: Map<string, Counts>) => [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
      return {
        totals,
        byYear: sorted(years).map(([year, c]) => ({ year, ...c })),
        byRegion: sorted(regions).map(([regionCode, c]) => ({ regionCode, regionName: regionName(regionCode), ...c })),
        byYearAndRegion: sorted(cells).map(([key, c]) => {
          const [year, regionCode] = key.split('|') as [string, string];
          return { year, regionCode, regionName: regionName(regionCode), ...c };
        }),
      };
    },
  };
}
