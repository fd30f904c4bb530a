import { type SkillLevelKey, SubsidyDecisionSchema, subsidyKinds } from '@tianfu/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksOfKind, judgeClaim, type Payee, type PriorClaim } from '../src/index.ts';
import {
  apprenticeship,
  certificate,
  claimInput,
  completion,
  cook,
  insuredSince,
  otherWorker,
  welder,
  worker,
} from './fixtures.ts';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const calendarDay = fc
  .date({ min: new Date('2022-06-01T00:00:00Z'), max: new Date('2029-06-30T00:00:00Z'), noInvalidDate: true })
  .map((d) => day(d.getTime()));
const levels: SkillLevelKey[] = ['level5', 'level4', 'level3', 'level2', 'level1'];
const kinds = subsidyKinds.map((k) => k.code);
const payees: Payee[] = ['worker', 'employer', 'provider'];

const priorClaim: fc.Arbitrary<PriorClaim> = fc.record({
  claimId: fc.uuid(),
  kind: fc.constantFrom(...kinds),
  occupationCode: fc.constantFrom(cook, welder, '2-02-07-04', null),
  level: fc.constantFrom(...levels, null),
  countsInYear: fc.integer({ min: 2022, max: 2029 }),
  payee: fc.constantFrom(...payees),
});

const anyInput = fc
  .record({
    kind: fc.constantFrom(...kinds),
    claimedOn: calendarDay,
    region: fc.constantFrom('510104', '510703', '513401', '510000'),
    issuedOn: calendarDay,
    holder: fc.constantFrom(worker, otherWorker),
    occupationCode: fc.constantFrom(cook, welder),
    level: fc.constantFrom(...levels),
    status: fc.constantFrom('valid', 'suspended', 'revoked' as const),
    withCertificate: fc.boolean(),
    priorClaims: fc.array(priorClaim, { maxLength: 6 }),
    // The class or apprenticeship a claim of the other kinds rests on, whichever its kind reads.
    completed: fc.option(fc.boolean(), { nil: null }),
    agreementYear: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    stage: fc.constantFrom('advance', 'settlement' as const),
    insurance: fc.oneof(
      calendarDay.map(insuredSince),
      fc.constant({ status: 'unknown' } as const),
      fc.option(calendarDay, { nil: null }).map((last) => ({ status: 'not-insured', lastInsuredUntil: last }) as const),
    ),
  })
  .map((r) =>
    claimInput({
      claim: { kind: r.kind, claimedOn: r.claimedOn, region: r.region },
      certificate: r.withCertificate
        ? certificate({
            issuedOn: r.issuedOn,
            holderWorkerId: r.holder,
            occupationCode: r.occupationCode,
            level: r.level,
            status: r.status,
          })
        : null,
      priorClaims: r.priorClaims,
      insurance: r.insurance,
      completion: r.completed === null ? null : completion({ outcome: { completed: r.completed, on: r.issuedOn } }),
      apprenticeship:
        r.agreementYear === null ? null : apprenticeship({ agreementYear: r.agreementYear, stage: r.stage }),
    }),
  );

describe('a decision (docs/domain.md §7.8), for any claim', () => {
  it('§7.8 lists every rule of its kind, in order, each with its values, and its clause once a rule set is in force', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const decision = judgeClaim(input);
        expect(decision.checks.map((c) => c.rule)).toEqual(checksOfKind[input.claim.kind]);
        if (decision.ruleSet !== null) expect(decision.checks.every((c) => c.clause !== null)).toBe(true);
        expect(decision.checks.every((c) => c.values !== undefined)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('§7.8 is approved exactly when every rule passed, rejected when any failed, and pays only then or when referred', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const decision = judgeClaim(input);
        const statuses = decision.checks.map((c) => c.status);
        expect(decision.outcome === 'approved').toBe(statuses.every((s) => s === 'passed'));
        expect(decision.outcome === 'rejected').toBe(statuses.some((s) => s === 'failed' || s === 'not-checked'));
        if (decision.outcome === 'approved') expect(decision.amountFen).toBeGreaterThanOrEqual(0);
        if (decision.outcome === 'rejected') expect(decision.amountFen).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('§7.8 is what its schema parses, unchanged, so an event can carry it and a replay compare it', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const decision = judgeClaim(input);
        expect(SubsidyDecisionSchema.parse(decision)).toEqual(decision);
      }),
      { numRuns: 1000 },
    );
  });

  it('§7.8 says when to claim instead only for a failed rule, and never a day before the claim', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        for (const c of judgeClaim(input).checks) {
          if (c.claimableFrom === null) continue;
          expect(c.status).toBe('failed');
          expect(c.claimableFrom >= input.claim.claimedOn).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
