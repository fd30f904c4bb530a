import { sichuanRegionContaining, type TrainingBrand } from '@tianfu/contracts';
import { type BrandTarget, brands, brandTargets } from './brand-targets.ts';
import { type Counts, indicatorTally } from './indicator-tally.ts';
import { type Industry, industryOf } from './industries.ts';
import { countedTargets, type Measure, measures, type PlanTarget, plan, uncountedTargets } from './plan-targets.ts';
import type { BaseReference } from './reference-facts.ts';
import { occupationMatches, type PoolEntry, type RegionOf } from './talent-pool-entry.ts';
import { type TrainingSources, trainingCounter } from './training-indicators.ts';
import type { ClassReference } from './training-references.ts';
import { highSkillSince } from './worker-summary.ts';

export interface IndicatorQuery {
  readonly from: string;
  readonly to: string;
  readonly region?: string;
  readonly occupation?: string;
  readonly industry?: Industry;
}

type RegionCounts = { readonly regionCode: string; readonly regionName: string } & Counts;

export interface PlanIndicators {
  readonly query: IndicatorQuery;
  /** The plan and section the targets come from (docs/domain.md §5.3). */
  readonly plan: typeof plan;
  readonly totals: Counts;
  /** Each counted measure beside its plan target; `share` = value / target (the targets are provincial, for 2023–2025). */
  readonly targets: readonly (PlanTarget & {
    readonly measure: Measure;
    readonly value: number;
    readonly share: number;
  })[];
  /** The plan's other 专栏1 indicators, which no event records, with the reason. */
  readonly notCounted: typeof uncountedTargets;
  /** The 专栏5 brands (docs/domain.md §5.4): completions of their classes in the period, beside each 2025 target. */
  readonly brands: readonly (BrandTarget & {
    readonly brand: TrainingBrand;
    readonly value: number;
    readonly share: number;
  })[];
  readonly byYear: readonly ({ readonly year: string } & Counts)[];
  readonly byRegion: readonly RegionCounts[];
  /** One row per year and 市(州) that has a count: a map of any one year without another query. */
  readonly byYearAndRegion: readonly ({ readonly year: string } & RegionCounts)[];
}

function baseMeasure(base: BaseReference): Measure | null {
  if (base.baseKind === 'public-training-base') return 'publicTrainingBases';
  if (base.baseKind === 'park-cultivation-base') return 'parkCultivationBases';
  return base.level === 'provincial' ? 'provincialBasesAndStudios' : null;
}

/**
 * Plan indicators from the facts: certificates (person-times) and workers who became
 * 高技能人才 in the period, bases established in it, and training completed in it
 * (training-indicators.ts), by year and by 市(州). A certificate is placed in its issuing body's
 * 市(州), training in its provider's; erasing a worker's personal data changes none of this.
 */
export function planIndicators(
  entries: Iterable<PoolEntry>,
  bases: Iterable<BaseReference>,
  regionOf: RegionOf,
  training: TrainingSources,
  query: IndicatorQuery,
): PlanIndicators {
  const tally = indicatorTally();
  const within = (date: string, region: string | null) =>
    date >= query.from && date <= query.to && (query.region === undefined || region === query.region);
  const add = (measure: Measure, date: string, region: string | null, n = 1) => {
    if (within(date, region)) tally.add(measure, date, region, n);
  };
  const counts = (occupationCode: string) =>
    (query.occupation === undefined || occupationMatches(occupationCode, query.occupation)) &&
    (query.industry === undefined || industryOf(occupationCode) === query.industry);
  // A 专项职业能力 item has no occupation: it counts only when no occupation or industry is asked.
  const takes = ({ item }: ClassReference) =>
    item.kind === 'occupation' ? counts(item.code) : query.occupation === undefined && query.industry === undefined;

  const trainingByWorker = trainingCounter(training, takes, { within, add });
  for (const { summary } of entries) {
    trainingByWorker.worker(summary);
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

  const byBrand = trainingByWorker.finish();
  const { totals, ...breakdowns } = tally.result();
  const targets = measures.map((measure) => ({
    measure,
    ...countedTargets[measure],
    value: totals[measure],
    share: totals[measure] / countedTargets[measure].target,
  }));
  const brandCounts = brands.map((brand) => ({
    brand,
    ...brandTargets[brand],
    value: byBrand[brand],
    share: byBrand[brand] / brandTargets[brand].target,
  }));
  return { query, plan, totals, targets, notCounted: uncountedTargets, brands: brandCounts, ...breakdowns };
}
