import { type CheckRule, checkRules, type Outcome, type RuleCheck, type SubsidyKind } from '@tianfu/contracts';

/** The rules of each kind, in the order a decision lists them; each decision lists all of them (docs/domain.md §7.8). */
export const checksOfKind: Readonly<Record<SubsidyKind, readonly CheckRule[]>> = {
  'skill-upgrade': checkRules,
  training: checkRules.filter((rule) => rule !== 'insured-long-enough'),
  apprenticeship: [
    'rule-set-in-force',
    'certificate-holder',
    'certificate-valid',
    'amount',
    'yearly-cap-kind',
    'yearly-cap-total',
  ],
  living: ['rule-set-in-force', 'amount', 'yearly-cap-kind', 'yearly-cap-total'],
};

/** Rejected when any rule failed, referred when any must be decided by a person, else approved. */
export function outcomeOf(checks: readonly RuleCheck[]): Outcome {
  if (checks.some((c) => c.status === 'failed' || c.status === 'not-checked')) return 'rejected';
  if (checks.some((c) => c.status === 'referred')) return 'referred';
  return 'approved';
}
