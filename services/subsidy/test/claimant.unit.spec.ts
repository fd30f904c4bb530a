import type { SubsidyClaimDecidedData } from '@tianfu/contracts';
import { deciderSpec } from '@tianfu/decider/spec';
import { type CertificateFacts, sichuanRuleSets } from '@tianfu/subsidy-rules';
import { describe, expect, it } from 'vitest';
import { claimIdOf } from '../src/domain/claim-id.ts';
import { type ClaimFacts, claimant, type DecideClaim } from '../src/domain/claimant.ts';
import type { ClaimantEvent } from '../src/domain/claimant-state.ts';

const spec = deciderSpec(claimant);
const workerId = 'b'.repeat(64);
const at = '2024-06-01T02:00:00.000Z';

/** A 四级 certificate of the worker, issued 2024-05-10: 1,500 yuan of 技能提升补贴 in Sichuan's 2023 rules. */
const certificate = (occupationCode = '6-31-01-03', fields: Partial<CertificateFacts> = {}): CertificateFacts => ({
  certificateNo: `C-${occupationCode}-${fields.level ?? 'level4'}`,
  holderWorkerId: workerId,
  occupationCode,
  level: 'level4',
  issuedOn: '2024-05-10',
  status: 'valid',
  ...fields,
});
const insuredFacts = (cert: CertificateFacts | null = certificate()): ClaimFacts => ({
  certificate: cert,
  insurance: { status: 'insured', since: '2020-01-01', until: null },
  ruleSets: sichuanRuleSets,
  shortageLists: [],
});

const decide = (facts: ClaimFacts = insuredFacts(), claimedOn = '2024-06-01'): DecideClaim => {
  const certificateNo = facts.certificate?.certificateNo ?? null;
  const claimId = claimIdOf({ workerId, kind: 'skill-upgrade', certificateNo, claimedOn });
  return {
    type: 'DecideClaim',
    data: { claimId, workerId, kind: 'skill-upgrade', region: '510100', payee: 'worker', claimedOn, at, facts },
  };
};

/** The event a command decides, for the given of a later test. */
type Decided = { readonly type: 'subsidy.ClaimDecided'; readonly data: SubsidyClaimDecidedData };
function decidedBy(command: DecideClaim, before: readonly ClaimantEvent[] = []): Decided {
  const [event] = spec.given(before).when(command).emitted() as {
    type: 'subsidy.ClaimDecided';
    data: SubsidyClaimDecidedData;
  }[];
  if (event === undefined) throw new Error('the claim was not decided');
  return { type: event.type, data: event.data };
}

describe("a worker's subsidy claims (docs/domain.md §7.10)", () => {
  it('given no claims, when a claim passes every rule, then it is decided approved with its amount and every rule checked', () => {
    const [event] = spec.given([]).when(decide()).emitted() as { data: SubsidyClaimDecidedData; workerId: string }[];
    expect(event?.workerId).toBe(workerId);
    expect(event?.data.decision.outcome).toBe('approved');
    expect(event?.data.decision.amountFen).toBe(150_000);
    expect(event?.data.subsidised).toEqual({ occupationCode: '6-31-01-03', level: 'level4' });
    expect(event?.data.decision.checks.every((c) => c.status === 'passed' && c.clause !== null)).toBe(true);
  });

  it('given a claim decided, when the same claim is made again (a retry), then nothing more is recorded', () => {
    spec
      .given([decidedBy(decide())])
      .when(decide())
      .thenEmits([]);
  });

  it('given an approved claim, when the same certificate is claimed on another day, then it is refused naming certificateNo and the rule, and nothing is recorded', () => {
    spec
      .given([decidedBy(decide())])
      .when(decide(insuredFacts(), '2024-07-01'))
      .thenThrows('CLAIM_REJECTED', {
        errors: [expect.objectContaining({ field: 'certificateNo', rule: 'same_level_once' })],
      });
  });

  it('given three approved claims in 2024, when a fourth is made that year, then it is refused by the yearly cap, claimable from 1 January', () => {
    const occupations = ['6-31-01-03', '6-31-01-04', '6-31-01-05'];
    const given: ClaimantEvent[] = [];
    for (const code of occupations) given.push(decidedBy(decide(insuredFacts(certificate(code))), given));
    spec
      .given(given)
      .when(decide(insuredFacts(certificate('6-31-01-06'))))
      .thenThrows('CLAIM_REJECTED', {
        errors: expect.arrayContaining([expect.objectContaining({ field: 'kind', rule: 'yearly_cap_kind' })]),
        decision: expect.objectContaining({
          checks: expect.arrayContaining([
            expect.objectContaining({ rule: 'yearly-cap-kind', status: 'failed', claimableFrom: '2025-01-01' }),
          ]),
        }),
      });
  });

  it('given nothing known of the insurance, when a claim is made, then it is referred to a person with its amount', () => {
    const facts = { ...insuredFacts(), insurance: { status: 'unknown' } as const };
    const event = decidedBy(decide(facts));
    expect(event.data).toMatchObject({ decision: { outcome: 'referred', amountFen: 150_000 } });
  });

  it('given a referred claim, when the same certificate is claimed again, then the waiting claim counts and it is refused', () => {
    const facts = { ...insuredFacts(), insurance: { status: 'unknown' } as const };
    spec
      .given([decidedBy(decide(facts))])
      .when(decide(facts, '2024-06-02'))
      .thenThrows('CLAIM_REJECTED', { errors: [expect.objectContaining({ rule: 'same_level_once' })] });
  });

  it('given a referred claim, when a person approves it, then it is approved with the decided amount; again adds nothing; rejecting it then is refused', () => {
    const facts = { ...insuredFacts(), insurance: { status: 'unknown' } as const };
    const referred = decidedBy(decide(facts));
    const claimId = decide(facts).data.claimId;
    const review = {
      claimId,
      outcome: 'approved' as const,
      amountFen: null,
      reason: '社保 record checked',
      reviewer: 'office-1',
      at,
    };
    spec
      .given([referred])
      .when({ type: 'ReviewClaim', data: review })
      .thenEmits([
        {
          type: 'subsidy.ClaimReviewed',
          data: {
            claimId,
            outcome: 'approved',
            amountFen: 150_000,
            reason: '社保 record checked',
            reviewer: 'office-1',
            workerId,
            reviewedAt: at,
          },
          workerId,
        },
      ]);
    const reviewed = spec.given([referred]).when({ type: 'ReviewClaim', data: review }).emitted() as ClaimantEvent[];
    spec
      .given([referred, ...reviewed])
      .when({ type: 'ReviewClaim', data: review })
      .thenEmits([]);
    spec
      .given([referred, ...reviewed])
      .when({ type: 'ReviewClaim', data: { ...review, outcome: 'rejected', reason: 'changed my mind' } })
      .thenThrows('CLAIM_NOT_REFERRED');
  });

  it('given an approved claim, when a person reviews it, then it is refused: only a referred claim waits for a person', () => {
    const claimId = decide().data.claimId;
    spec
      .given([decidedBy(decide())])
      .when({
        type: 'ReviewClaim',
        data: { claimId, outcome: 'rejected', amountFen: null, reason: 'no', reviewer: 'o', at },
      })
      .thenThrows('CLAIM_NOT_REFERRED', {
        errors: [expect.objectContaining({ field: 'claimId', rule: 'claim_referred' })],
      });
  });

  it('given no claim, when a review names one, then it is not found', () => {
    spec
      .given([])
      .when({
        type: 'ReviewClaim',
        data: { claimId: 'clm-0', outcome: 'rejected', amountFen: null, reason: 'no', reviewer: 'o', at },
      })
      .thenThrows('CLAIM_NOT_FOUND');
  });

  it('given a rejected review, when another claim for the certificate is made, then the rejected claim counts for nothing', () => {
    const facts = { ...insuredFacts(), insurance: { status: 'unknown' } as const };
    const referred = decidedBy(decide(facts));
    const claimId = decide(facts).data.claimId;
    const [rejected] = spec
      .given([referred])
      .when({
        type: 'ReviewClaim',
        data: { claimId, outcome: 'rejected', amountFen: null, reason: 'not insured', reviewer: 'o', at },
      })
      .emitted() as ClaimantEvent[];
    if (rejected === undefined) throw new Error('the review was not recorded');
    const again = decidedBy(decide(insuredFacts(), '2024-06-03'), [
      referred,
      { type: rejected.type, data: rejected.data } as ClaimantEvent,
    ]);
    expect(again.data.decision.outcome).toBe('approved');
  });
});
