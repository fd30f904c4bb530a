import { ruleSet } from '../domain/promotion-rules/rule-sets.ts';

/** The promotion rule sets an organiser may name for a competition (docs/domain.md §4.1). */
export { ruleSetIds } from '../domain/promotion-rules/rule-sets.ts';

/** What a competition's view tells of its rule set: which one, its source, and whether its figures are confirmed. */
export function ruleSetSummary(ruleSetId: string) {
  const { title, source, unconfirmed, onePromotionPerYear } = ruleSet(ruleSetId);
  return { ruleSetId, title, source, unconfirmed, onePromotionPerYear };
}
