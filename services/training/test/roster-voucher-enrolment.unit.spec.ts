import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import type { Enrolment } from '../src/domain/enrolment.ts';
import { classRoster } from '../src/domain/roster.ts';
import type { VoucherState } from '../src/domain/voucher.ts';
import { at, entry, facts, naming, providerId, workerOf } from './roster-fixtures.ts';

const spec = deciderSpec(classRoster);
const voucherOf = (n: number, over: Partial<NonNullable<VoucherState>> = {}): NonNullable<VoucherState> => ({
  voucherId: `V-${n}`,
  workerId: workerOf(n),
  kind: 'employment',
  regionCode: '510100',
  issuedOn: '2025-01-01',
  expiresOn: '2025-12-31',
  issuedAt: at,
  redeemedFor: null,
  ...over,
});
const withVoucher = (n: number, row: number, state: VoucherState): Enrolment => ({
  ...entry(n, row),
  voucher: { voucherId: `V-${n}`, state },
});
const enrol = (entries: Enrolment[], sheetHash: string | null = null) =>
  ({ type: 'EnrolTrainees', data: { byProviderId: providerId, entries, sheetHash, at }, facts }) as const;

describe('redeeming a voucher at enrolment (docs/domain.md §7.2, §7.3)', () => {
  it('given a valid voucher, when the worker enrols with it, then the enrolment names the voucher', () => {
    const [event] = spec
      .given([])
      .when(enrol([withVoucher(1, 1, voucherOf(1))]))
      .emitted();
    expect(event).toMatchObject({ type: 'training.TraineeEnrolled', data: { voucherId: 'V-1' } });
  });

  it('given an expired voucher, when the worker enrols with it, then VOUCHER_EXPIRED and no enrolment', () => {
    spec
      .given([])
      .when(enrol([withVoucher(1, 1, voucherOf(1, { expiresOn: '2025-02-28' }))]))
      .thenThrows('VOUCHER_EXPIRED', naming('voucherId'));
  });

  it('given a sheet where one row has a voucher used elsewhere, then that row named and nothing applied', () => {
    const usedElsewhere = voucherOf(2, {
      redeemedFor: { voucherId: 'V-2', workerId: workerOf(2), classId: 'cls-x', providerId, redeemedAt: at },
    });
    spec
      .given([])
      .when(enrol([withVoucher(1, 2, voucherOf(1)), withVoucher(2, 3, usedElsewhere)], 'cd'.repeat(32)))
      .thenThrows('SHEET_ROWS_REJECTED', {
        problems: [expect.objectContaining({ row: 3, column: 'voucherId', rule: 'redeemed_once' })],
      });
  });
});
