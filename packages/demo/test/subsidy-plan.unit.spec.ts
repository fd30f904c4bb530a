import { ClaimRequestSchema, deriveWorkerId, InsurancePeriodRowSchema } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { certificateNumber } from '../src/certificate-numbers.ts';
import { dayAfter } from '../src/days.ts';
import { registrationOf } from '../src/seed/demo-bodies.ts';
import { demoPlan } from '../src/seed/demo-plan.ts';
import { type HeldCertificate, LAST_CLAIM_DAY, planClaims, plannedReview } from '../src/seed/plan-claims.ts';
import { insurancePeriodsOf, planInsurance } from '../src/seed/plan-insurance.ts';

const { sessions } = demoPlan();
const planned = [...sessions.first, ...sessions.rest];
const workers = planned.flatMap((s) => s.candidates.filter((c) => c.passed).map((c) => c.person));
const key = 'a platform key of the unit test, 32 bytes or more';

// The certificates certification would issue for the plan's passes, numbered per body, year and level.
const serials = new Map<string, number>();
const certificates: HeldCertificate[] = planned.flatMap(({ body, plan, candidates }) =>
  candidates
    .filter((c) => c.passed)
    .map((c) => {
      const [filingNo, year] = [registrationOf(body).filingNo, Number(plan.date.slice(0, 4))];
      const scope = `${filingNo}:${year}:${plan.level}`;
      const serial = (serials.get(scope) ?? 0) + 1;
      serials.set(scope, serial);
      return {
        certificateNo: certificateNumber(filingNo, year, plan.level, serial),
        workerId: deriveWorkerId(key, c.person.document),
        level: plan.level,
        issuedOn: plan.date,
        region: body.regionCode,
      };
    }),
);
const claims = planClaims(certificates);
const issuedOn = new Map(certificates.map((c) => [c.certificateNo, c.issuedOn]));

describe('the 失业保险 periods the seed imports for the certified workers (docs/domain.md §7.9)', () => {
  it('gives about four in five of them periods the import takes, none after the plan period, and leaves the rest unknown', () => {
    const periods = planInsurance(workers);
    for (const { insuredUntil, ...row } of periods) {
      const sent = { ...row, insuredUntil: insuredUntil ?? undefined };
      expect(InsurancePeriodRowSchema.safeParse(sent).error).toBeUndefined();
    }
    expect(periods.every((p) => p.insuredSince <= LAST_CLAIM_DAY && (p.insuredUntil ?? '') <= LAST_CLAIM_DAY)).toBe(
      true,
    );
    const histories = workers.map((w) => insurancePeriodsOf(w).history);
    const unknown = histories.filter((h) => h === 'none').length / workers.length;
    expect(unknown).toBeGreaterThan(0.15);
    expect(unknown).toBeLessThan(0.3);
    expect(new Set(histories)).toEqual(new Set(['none', 'long', 'recent', 'ended']));
  });

  it('never gives one worker two periods that overlap, and the same periods on every run', () => {
    for (const worker of workers) {
      const [first, second] = insurancePeriodsOf(worker).periods;
      if (second !== undefined) expect(second.insuredSince > (first?.insuredUntil ?? '')).toBe(true);
    }
    expect(planInsurance([...workers, ...workers])).toEqual(planInsurance(workers));
  });
});

describe('the 技能提升补贴 claims the seed files (docs/domain.md §7.10)', () => {
  it('files a few thousand claims of 2023–2025, each as the claim route takes it and after its certificate', () => {
    expect(claims.length).toBeGreaterThan(2_000);
    for (const claim of claims) {
      const { intent, ...request } = claim;
      expect(ClaimRequestSchema.safeParse({ kind: 'skill-upgrade', ...request }).error).toBeUndefined();
      expect(claim.claimedOn > (issuedOn.get(claim.certificateNo) ?? '')).toBe(true);
      expect(claim.claimedOn <= LAST_CLAIM_DAY).toBe(true);
    }
  });

  it('makes most within the 12 months, some after them and some again on a later day, which the service refuses', () => {
    const late = claims.filter((c) => c.intent === 'late');
    const again = claims.filter((c) => c.intent === 'again');
    for (const claim of late)
      expect(claim.claimedOn > dayAfter(issuedOn.get(claim.certificateNo) ?? '', 366)).toBe(true);
    for (const claim of claims.filter((c) => c.intent === 'in-window')) {
      expect(claim.claimedOn <= dayAfter(issuedOn.get(claim.certificateNo) ?? '', 365)).toBe(true);
    }
    for (const claim of again) {
      const first = claims.find((c) => c.certificateNo === claim.certificateNo && c.intent === 'in-window');
      expect((first?.claimedOn ?? '') < claim.claimedOn).toBe(true);
    }
    expect(late.length).toBeGreaterThan(20);
    expect(again.length).toBeGreaterThan(50);
    expect(claims.filter((c) => c.intent === 'in-window').length / claims.length).toBeGreaterThan(0.85);
  });

  it('lists each worker’s claims in the order they were received, the same whatever order the certificates came in', () => {
    for (let i = 1; i < claims.length; i++) {
      const [before, after] = [claims[i - 1], claims[i]];
      if (before !== undefined && before.workerId === after?.workerId)
        expect(before.claimedOn <= after.claimedOn).toBe(true);
    }
    expect(planClaims([...certificates].reverse())).toEqual(claims);
  });
});

describe('the review of a referred claim', () => {
  it('approves most, rejects a few — only a worker’s sole claim — and leaves some waiting', () => {
    const ids = Array.from({ length: 1_000 }, (_, i) => `clm-${String(i).padStart(32, '0')}`);
    const sole = ids.map((id) => plannedReview(id, true));
    const outcomes = (reviews: typeof sole, outcome: string) => reviews.filter((r) => r?.outcome === outcome).length;
    expect(outcomes(sole, 'approved')).toBeGreaterThan(500);
    expect(outcomes(sole, 'rejected')).toBeGreaterThan(50);
    expect(outcomes(sole, 'rejected')).toBeLessThan(200);
    expect(sole.filter((r) => r === null).length).toBeGreaterThan(100);
    expect(
      outcomes(
        ids.map((id) => plannedReview(id, false)),
        'rejected',
      ),
    ).toBe(0);
  });
});
