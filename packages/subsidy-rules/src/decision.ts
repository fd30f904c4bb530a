import type { CheckRule, Outcome, RuleCheck, SubsidyKind } from '@tianfu/contracts';

/** The rules of each kind, in the order a decision lists them; each decision lists all of them (docs/domain.md §7.8). */
export const checksOfKind: Readonly<Record<SubsidyKind, readonly CheckRule[]>> = {
  'skill-upgrade': [
    'rule-set-in-force',
    'certificate-holder',
    'certificate-valid',
    'claim-window',
    'insured-long-enough',
    'apprentice-exclusion',
    'amount',
    'shortage-uplift',
    'yearly-cap-kind',
    'yearly-cap-total',
    'same-level-once',
    'higher-level-blocks-lower',
  ],
  training: [
    'rule-set-in-force',
    'training-completed',
    'certificate-holder',
    'certificate-valid',
    'claim-window',
    'apprentice-exclusion',
    'amount',
    'shortage-uplift',
    'yearly-cap-kind',
    'yearly-cap-total',
    'same-level-once',
    'higher-level-blocks-lower',
  ],
  apprenticeship: [
    'rule-set-in-force',
    'apprenticeship-year',
    'certificate-holder',
    'certificate-valid',
    'apprentice-year-once',
    'apprentice-exclusion',
    'amount',
    'yearly-cap-total',
  ],
  living: [
    'rule-set-in-force',
    'training-completed',
    'target-group',
    'apprentice-exclusion',
    'amount',
    'yearly-cap-kind',
    'yearly-cap-total',
  ],
};

/** Rejected when any rule failed, referred when any must be decided by a person, else approved. */
export function outcomeOf(checks: readonly RuleCheck[]): Outcome {
  if (checks.some((c) => c.status === 'failed' || c.status === 'not-checked')) return 'rejected';
  if (checks.some((c) => c.status === 'referred')) return 'referred';
  return 'approved';
}
