import { type IndicatorQuery, type PlanIndicators, planIndicators } from '../domain/plan-indicators.ts';
import type { ReadIndex } from './read-index.ts';

/** The province-vs-plan view (docs/domain.md §5.3) over the workers and bases the index holds. */
export const indicatorsOf = (index: ReadIndex, query: IndicatorQuery): PlanIndicators =>
  planIndicators(index.entries(), index.bases(), index.regionOf, query);
