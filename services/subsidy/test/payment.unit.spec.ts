import type { SubsidyClaimDecidedData } from '@tianfu/contracts';
import { deciderSpec } from '@tianfu/decider/spec';
import { sichuanRuleSets } from '@tianfu/subsidy-rules';
import { describe, expect, it } from 'vitest';
import type { ClaimIndexDocument } from '../src/application/claim-index.ts';
import { regionTotals } from '../src/application/region-totals.ts';
import { claimIdOf } from '../src/domain/claim-id.ts';
import { claimant } from '../src/domain/claimant.ts';
import type { ClaimantEvent } from '../src/domain/claimant-state.ts';
import { type PaymentBatchEvent, paymentBatch } from '../src/domain/payment-batch.ts';
import { allocatedFen, regionBudget, withinBudget } from '../src/domain/region-budget.ts';

const claims = deciderSpec(claimant);
const batches = deciderSpec(paymentBatch);
const workerId = 'c'.repeat(64);
const at = '2024-06-02T02:00:00.000Z';
const batchId = '510100-2024-06-02';
const claimId = claimIdOf({ workerId, kind: 'skill-upgrade', certificateNo: 'C-1', claimedOn: '2024-06-01' });

/** An approved 四级 claim of 1,500 yuan, as the automatic 审核 decided it. */
function approved(): ClaimantEvent {
  const [event] = claims
    .given([])
    .when({
      type: 'DecideClaim',
      data: {
        claimId,
        workerId,
        kind: 'skill-upgrade',
        region: '510100',
        payee: 'worker',
        claimedOn: '2024-06-01',
        at: '2024-06-01T02:00:00.000Z',
        facts: {
          certificate: {
            certificateNo: 'C-1',
            holderWorkerId: workerId,
            occupationCode: '6-31-01-03',
            level: 'level4',
            issuedOn: '2024-05-10',
            status: 'valid',
          },
          insurance: { status: 'insured', since: '2020-01-01', until: null },
          ruleSets: sichuanRuleSets,
          shortageLists: [],
        },
      },
    })
    .emitted() as { type: 'subsidy.ClaimDecided'; data: SubsidyClaimDecidedData }[];
  if (event === undefined) throw new Error('not decided');
  return { type: event.type, data: event.data };
}
const batched: ClaimantEvent = { type: 'subsidy.ClaimBatched', data: { claimId, workerId, batchId, at } };
const paid: ClaimantEvent = {
  type: 'subsidy.ClaimPaid',
  data: { claimId, workerId, batchId, amountFen: 150_000, paidOn: '2024-06-03', at },
};
const clawBack = { type: 'ClawBackClaim', data: { claimId, reason: '虚假培训', caseRef: 'CASE-1', at } } as const;

describe('拨付 and 追回 of a claim (docs/domain.md §7.11)', () => {
  it('given an approved claim, when it is batched, then it is in that batch; batched again into it, nothing; into another, refused', () => {
    const command = { type: 'BatchClaim', data: { claimId, batchId, at } } as const;
    claims
      .given([approved()])
      .when(command)
      .thenEmits([{ ...batched, workerId }]);
    claims.given([approved(), batched]).when(command).thenEmits([]);
    claims
      .given([approved(), batched])
      .when({ type: 'BatchClaim', data: { claimId, batchId: '510100-2024-06-03', at } })
      .thenThrows('CLAIM_NOT_PAYABLE', { errors: [expect.objectContaining({ field: 'claimId' })] });
  });

  it('given a batched claim, when its batch is paid, then it is paid once with its amount', () => {
    const command = { type: 'PayClaim', data: { claimId, batchId, paidOn: '2024-06-03', at } } as const;
    claims
      .given([approved(), batched])
      .when(command)
      .thenEmits([{ ...paid, workerId }]);
    claims.given([approved(), batched, paid]).when(command).thenEmits([]);
  });

  it('given an unbatched claim, when a batch pays it, then it is refused', () => {
    claims
      .given([approved()])
      .when({ type: 'PayClaim', data: { claimId, batchId, paidOn: '2024-06-03', at } })
      .thenThrows('CLAIM_NOT_PAYABLE');
  });

  it('given a paid claim, when it is clawed back, then the amount paid is taken back once per case; before payment, refused', () => {
    const [event] = claims.given([approved(), batched, paid]).when(clawBack).emitted() as ClaimantEvent[];
    expect(event?.data).toMatchObject({ claimId, amountFen: 150_000, caseRef: 'CASE-1', reason: '虚假培训' });
    const clawed = event as ClaimantEvent;
    claims.given([approved(), batched, paid, clawed]).when(clawBack).thenEmits([]);
    claims.given([approved(), batched]).when(clawBack).thenThrows('CLAIM_NOT_PAYABLE');
  });

  it('given no batch, when it is assembled, then its total is the sum of its lines; assembled again, nothing', () => {
    const lines = [
      { claimId, workerId, payee: 'worker' as const, amountFen: 150_000 },
      { claimId: `clm-${'1'.repeat(32)}`, workerId, payee: 'worker' as const, amountFen: 100_000 },
    ];
    const command = {
      type: 'AssembleBatch',
      data: { batchId, region: '510100', day: '2024-06-02', lines, at },
    } as const;
    const [event] = batches.given([]).when(command).emitted() as PaymentBatchEvent[];
    expect(event).toMatchObject({ data: { totalFen: 250_000 } });
    batches
      .given([event as PaymentBatchEvent])
      .when(command)
      .thenEmits([]);
  });

  it('given an assembled batch, when the bank confirms it twice, then it is paid once; a batch never assembled is not found', () => {
    const assembled = {
      type: 'subsidy.PaymentBatchAssembled' as const,
      data: { batchId, region: '510100' as const, day: '2024-06-02', lines: [], totalFen: 0, assembledAt: at },
    };
    const confirm = { type: 'ConfirmBatchPaid', data: { batchId, paidOn: '2024-06-03', at } } as const;
    const [confirmed] = batches.given([assembled]).when(confirm).emitted() as PaymentBatchEvent[];
    expect(confirmed).toMatchObject({ type: 'subsidy.PaymentBatchPaid', data: { paidOn: '2024-06-03' } });
    batches
      .given([assembled, confirmed as PaymentBatchEvent])
      .when(confirm)
      .thenEmits([]);
    batches.given([]).when(confirm).thenThrows('BATCH_NOT_ASSEMBLED');
  });

  it('given an assembled batch, when a line is dropped, then it is dropped once and the payment totals the lines left; after payment, or for a claim it does not list, refused', () => {
    const other = `clm-${'1'.repeat(32)}`;
    const assembled = {
      type: 'subsidy.PaymentBatchAssembled' as const,
      data: {
        batchId,
        region: '510100' as const,
        day: '2024-06-02',
        lines: [
          { claimId, workerId, payee: 'worker' as const, amountFen: 150_000 },
          { claimId: other, workerId, payee: 'worker' as const, amountFen: 100_000 },
        ],
        totalFen: 250_000,
        assembledAt: at,
      },
    };
    const dropData = { batchId, claimId: other, reason: 'it is in batch 510100-2024-06-01', at };
    const drop = { type: 'DropBatchLine', data: dropData } as const;
    const dropped = { type: 'subsidy.PaymentBatchLineDropped' as const, data: dropData };
    batches.given([assembled]).when(drop).thenEmits([dropped]);
    batches.given([assembled, dropped]).when(drop).thenEmits([]);
    const confirm = { type: 'ConfirmBatchPaid', data: { batchId, paidOn: '2024-06-03', at } } as const;
    const [paid] = batches.given([assembled, dropped]).when(confirm).emitted() as PaymentBatchEvent[];
    expect(paid?.data).toMatchObject({ totalFen: 150_000 });
    batches
      .given([assembled, paid as PaymentBatchEvent])
      .when(drop)
      .thenThrows('CLAIM_NOT_PAYABLE');
    batches
      .given([assembled])
      .when({ ...drop, data: { ...dropData, claimId: `clm-${'2'.repeat(32)}` } })
      .thenThrows('CLAIM_NOT_PAYABLE');
    batches.given([]).when(drop).thenThrows('BATCH_NOT_ASSEMBLED');
  });
});

describe("a region's totals by kind and month (docs/domain.md §7.11)", () => {
  const doc = (fields: Partial<ClaimIndexDocument>): ClaimIndexDocument => ({
    _id: 'clm',
    workerId,
    region: '510100',
    kind: 'skill-upgrade',
    payee: 'worker',
    providerId: null,
    employerCode: null,
    status: 'approved',
    amountFen: 150_000,
    claimedOn: '2024-05-20',
    approvedOn: '2024-06-01',
    batchId: null,
    paidOn: null,
    clawedBackOn: null,
    revision: 1,
    ...fields,
  });
  it('given approved, paid and clawed-back claims, then each month shows them apart, a clawback in its claim’s month', () => {
    const totals = regionTotals([
      doc({}),
      doc({ paidOn: '2024-06-03' }),
      doc({ paidOn: '2024-06-03', clawedBackOn: '2024-09-01', amountFen: 100_000 }),
      doc({ approvedOn: '2024-07-01' }),
    ]);
    expect(totals).toEqual([
      {
        kind: 'skill-upgrade',
        month: '2024-06',
        approvedClaims: 3,
        approvedFen: 400_000,
        paidFen: 250_000,
        clawedBackFen: 100_000,
      },
      {
        kind: 'skill-upgrade',
        month: '2024-07',
        approvedClaims: 1,
        approvedFen: 150_000,
        paidFen: 0,
        clawedBackFen: 0,
      },
    ]);
  });
});

describe("a region's budget (docs/domain.md §7.11)", () => {
  const budgets = deciderSpec(regionBudget);
  const allocation = {
    region: '510100' as const,
    year: 2024,
    amountFen: 1_000_000,
    reference: '川财社〔2024〕1号',
    at,
  };

  it('given an allocation, when the same budget document is allocated again, then nothing; another document adds up', () => {
    const allocated = { type: 'subsidy.BudgetAllocated' as const, data: allocation };
    budgets.given([allocated]).when({ type: 'AllocateBudget', data: allocation }).thenEmits([]);
    const second = { ...allocation, reference: '川财社〔2024〕2号' };
    budgets
      .given([allocated])
      .when({ type: 'AllocateBudget', data: second })
      .thenEmits([{ type: 'subsidy.BudgetAllocated', data: second }]);
    expect(allocatedFen({ allocations: [allocation, second] })).toBe(2_000_000);
  });

  it('given claims in the order they were claimed, then the money left pays them in order and the first that does not fit waits with all after it', () => {
    const queue = [{ amountFen: 100_000 }, { amountFen: 150_000 }, { amountFen: 50_000 }];
    expect(withinBudget(queue, 300_000)).toEqual(queue);
    expect(withinBudget(queue, 200_000)).toEqual([{ amountFen: 100_000 }]);
    expect(withinBudget(queue, 99_999)).toEqual([]);
  });
});
