import { sichuanRegion, sichuanRegionContaining } from '@tianfu/contracts';
import { type Industry, industryOf } from './industries.ts';
import type { BaseReference } from './reference-facts.ts';
import { occupationMatches, type PoolEntry, type RegionOf } from './talent-pool-entry.ts';
import { highSkillSince } from './worker-summary.ts';

/**
 * The plan's 2023–2025 targets this projection can count (docs/domain.md §5.3, 专栏1): provincial
 * totals for the whole period. Training person-times are not in our events.
 */
export const planTargets = {
  period: { from: '2023-01-01', to: '2025-12-31' },
  newCertificates: 450_000,
  newHighSkill: 140_000,
  publicTrainingBases: 9,
  provincialBasesAndStudios: 30,
  parkCultivationBases: 100,
} as const;

export interface IndicatorQuery {
  readonly from: string;
  readonly to: string;
  readonly region?: string;
  readonly occupation?: string;
  readonly industry?: Industry;
}

interface Counts {
  newCertificates: number;
  newHighSkill: number;
  publicTrainingBases: number;
  provincialBasesAndStudios: number;
  parkCultivationBases: number;
}

const zero = (): Counts => ({
  newCertificates: 0,
  newHighSkill: 0,
  publicTrainingBases: 0,
  provincialBasesAndStudios: 0,
  parkCultivationBases: 0,
});

type Measure = keyof Counts;

export interface PlanIndicators {
  readonly query: IndicatorQuery;
  readonly totals: Counts;
  /** Each measure beside its plan target; `share` = value / target (the targets are provincial, for 2023–2025). */
  readonly targets: readonly {
    readonly measure: Measure;
    readonly value: number;
    readonly target: number;
    readonly share: number;
  }[];
  readonly byYear: readonly ({ readonly year: string } & Counts)[];
  readonly byRegion: readonly ({ readonly regionCode: string; readonly regionName: string } & Counts)[];
}

function baseMeasure(base: BaseReference): Measure | null {
  if (base.baseKind === 'public-training-base') return 'publicTrainingBases';
  if (base.baseKind === 'park-cultivation-base') return 'parkCultivationBases';
  return base.level === 'provincial' ? 'provincialBasesAndStudios' : null;
}

/**
 * Plan indicators from the facts: certificates (person-times) and workers who became
 * 高技能人才 in the period, and bases established in it, by year and by 市(州). A certificate is
 * placed in its issuing body's 市(州); erasing a worker's personal data changes none of this.
 */
export function planIndicators(
  entries: Iterable<PoolEntry>,
  bases: Iterable<BaseReference>,
  regionOf: RegionOf,
  query: IndicatorQuery,
): PlanIndicators {
  const totals = zero();
  const years = new Map<string, Counts>();
  const regions = new Map<string, Counts>();
  const add = (measure: Measure, date: string, region: string | null) => {
    if (date < query.from || date > query.to) return;
    if (query.region !== undefined && region !== query.region) return;
    totals[measure] += 1;
    const year = date.slice(0, 4);
    if (!years.has(year)) years.set(year, zero());
    (years.get(year) as Counts)[measure] += 1;
    const key = region ?? 'unknown';
    if (!regions.has(key)) regions.set(key, zero());
    (regions.get(key) as Counts)[measure] += 1;
  };
  const counts = (occupationCode: string) =>
    (query.occupation === undefined || occupationMatches(occupationCode, query.occupation)) &&
    (query.industry === undefined || industryOf(occupationCode) === query.industry);

  for (const { summary } of entries) {
    for (const c of summary.certificates)
      if (counts(c.occupationCode)) add('newCertificates', c.date, regionOf(c.bodyId));
    const since = highSkillSince(summary);
    const first = summary.certificates.find((c) => c.date === since);
    if (since !== null && first !== undefined && counts(first.occupationCode))
      add('newHighSkill', since, regionOf(first.bodyId));
  }
  if (query.occupation === undefined && query.industry === undefined)
    for (const base of bases) {
      const measure = baseMeasure(base);
      if (measure !== null) add(measure, base.establishedOn, sichuanRegionContaining(base.regionCode)?.code ?? null);
    }

  return {
    query,
    totals,
    targets: (Object.keys(zero()) as Measure[]).map((measure) => ({
      measure,
      value: totals[measure],
      target: planTargets[measure],
      share: totals[measure] / planTargets[measure],
    })),
    byYear: [...years.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([year, c]) => ({ year, ...c })),
    byRegion: [...regions.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([regionCode, c]) => ({ regionCode, regionName: sichuanRegion(regionCode)?.name ?? '未知', ...c })),
  };
}
