import { plan } from '../domain/plan-targets.ts';

/** The six leading industries a pool or indicator query may filter by (docs/domain.md §5.2). */
export { industryKeys } from '../domain/industries.ts';

/** The plan's period, which an indicator query counts unless it names another (docs/domain.md §5.3). */
export const planPeriod = plan.period;
