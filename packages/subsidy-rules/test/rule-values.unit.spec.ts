import type { CheckRule, RuleValues, SubsidyDecision } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { judgeClaim } from '../src/index.ts';
import { certificate, claimInput, cook, insuredSince, prior, welder } from './fixtures.ts';

const valuesOf = (decision: SubsidyDecision, rule: CheckRule): RuleValues | undefined =>
  decision.checks.find((c) => c.rule === rule)?.values;

/** Each check's figures, machine-readable beside its English explanation (docs/domain.md §7.8). */
describe('the values a check compared', () => {
  it('a 4th claim in a year: the cap, the claims counted and the year', () => {
    const given = claimInput({ priorClaims: [prior(), prior(), prior({ payee: 'employer' })] });
    const then = valuesOf(judgeClaim(given), 'yearly-cap-kind');
    expect(then).toEqual({
      kind: 'skill-upgrade',
      limit: 3,
      extraClaims: 0,
      counted: 3,
      countedForWorker: 1,
      year: 2025,
    });
  });

  it('day 366 after the certificate: the claim day, the issue day, the window and its last day', () => {
    const given = claimInput({
      claim: { claimedOn: '2026-01-16' },
      certificate: certificate({ issuedOn: '2025-01-15' }),
    });
    expect(valuesOf(judgeClaim(given), 'claim-window')).toEqual({
      claimedOn: '2026-01-16',
      issuedOn: '2025-01-15',
      windowMonths: 12,
      windowLast: '2026-01-15',
    });
  });

  it('四级 after 三级: the level claimed and the subsidy in the way', () => {
    const given = claimInput({ priorClaims: [prior({ occupationCode: cook, level: 'level3', countsInYear: 2024 })] });
    expect(valuesOf(judgeClaim(given), 'higher-level-blocks-lower')).toEqual({
      occupationCode: cook,
      level: 'level4',
      prior: { kind: 'skill-upgrade', occupationCode: cook, level: 'level3', countsInYear: 2024 },
    });
  });

  it('insured too briefly: since when, the years asked and the day they are complete', () => {
    const given = claimInput({ insurance: insuredSince('2024-06-01') });
    expect(valuesOf(judgeClaim(given), 'insured-long-enough')).toMatchObject({
      insurance: 'insured',
      insuredSince: '2024-06-01',
      claimedOn: '2025-03-01',
    });
  });

  it('a 急需紧缺 occupation in 成都: the base amount, the uplift, the list and the amount paid', () => {
    const given = claimInput({
      claim: { region: '510104', claimedOn: '2025-07-01' },
      certificate: certificate({ occupationCode: welder, issuedOn: '2025-06-20' }),
    });
    expect(valuesOf(judgeClaim(given), 'amount')).toEqual({
      kind: 'skill-upgrade',
      level: 'level4',
      baseFen: 150_000,
      upliftPercent: 20,
      shortageListId: 'test-chengdu-shortage',
      amountFen: 180_000,
    });
  });

  it('a claim naming no certificate: the certificate rules say so', () => {
    const given = claimInput({ certificate: null });
    const decision = judgeClaim(given);
    expect(valuesOf(decision, 'certificate-holder')).toEqual({ certificateNo: null });
    expect(valuesOf(decision, 'certificate-valid')).toEqual({ certificateNo: null });
  });
});
