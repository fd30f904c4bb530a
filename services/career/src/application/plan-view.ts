import { type IndicatorQuery, type PlanIndicators, planIndicators } from '../domain/plan-indicators.ts';
import type { ClassGroupCount } from '../domain/training-group-count.ts';
import type { ReadIndex } from './read-index.ts';

/**
 * The province-vs-plan view (docs/domain.md §5.3) over the workers, bases and classes the index
 * holds and the classes' 农民工 counts.
 */
export const indicatorsOf = (
  index: ReadIndex,
  groupCounts: Iterable<ClassGroupCount>,
  query: IndicatorQuery,
): PlanIndicators =>
  planIndicators(
    index.entries(),
    index.bases(),
    index.regionOf,
    { classOf: index.classOf, classRegion: index.classRegion, groupCounts },
    query,
  );
