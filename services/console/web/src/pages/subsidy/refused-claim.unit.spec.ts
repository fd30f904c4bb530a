import { describe, expect, it } from 'vitest';
import { claimableFrom, refusedDecision } from './refused-claim.ts';
import type { Decision, RuleCheck } from './subsidy-types.ts';

const clause = { document: '四川省技能提升补贴政策通知', article: 'at most 3 a calendar year', url: null };
const check = (rule: RuleCheck['rule'], status: RuleCheck['status'], day: string | null = null): RuleCheck => ({
  rule,
  status,
  clause,
  confirmed: true,
  explanation: `${rule} ${status}`,
  claimableFrom: day,
});
const decision = (checks: RuleCheck[]): Decision => ({
  outcome: 'rejected',
  kind: 'skill-upgrade',
  workerId: 'a'.repeat(64),
  certificateNo: '2651012003312345',
  claimedOn: '2026-12-08',
  judgedOn: '2026-12-08',
  countsInYear: 2026,
  ruleSet: { ruleSetId: 'sc-skill-upgrade', version: 2, region: '510000' },
  amountFen: null,
  advanceFen: null,
  shortage: null,
  checks,
});

describe('a refused claim (docs/domain.md §7.10)', () => {
  it('is read from the 422 with the whole decision', () => {
    const refused = decision([check('amount', 'failed'), check('claim-window', 'passed')]);
    const body = { code: 'CLAIM_REJECTED', status: 422, errors: [], decision: refused };
    expect(refusedDecision(body)).toEqual(refused);
  });

  it('is no refused claim when another refusal answered', () => {
    expect(refusedDecision({ code: 'CERTIFICATE_NOT_FOUND', status: 404 })).toBeNull();
    expect(refusedDecision({ code: 'CLAIM_REJECTED' })).toBeNull();
    expect(refusedDecision('Bad gateway')).toBeNull();
  });

  it('could be claimed from the latest day its failed rules give, when every one gives a day', () => {
    const later = decision([
      check('yearly-cap-kind', 'failed', '2027-01-01'),
      check('insured-long-enough', 'failed', '2027-03-10'),
      check('amount', 'passed'),
    ]);
    expect(claimableFrom(later)).toBe('2027-03-10');
  });

  it('gives no day when one failed rule gives none, or none failed', () => {
    expect(claimableFrom(decision([check('yearly-cap-kind', 'failed', '2027-01-01'), check('amount', 'failed')]))).toBe(
      null,
    );
    expect(claimableFrom(decision([check('amount', 'passed')]))).toBeNull();
  });
});
