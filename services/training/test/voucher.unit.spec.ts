import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { emptyRoster, evolveRoster, type RosterEvent } from '../src/domain/roster-state.ts';
import type { Redemption, Voucher, VoucherEvent } from '../src/domain/voucher.ts';
import { STRANDED_AFTER_MS, strandedRedemption, voucher } from '../src/domain/voucher.ts';
import { at, classId, enrolled, naming, providerId, workerOf } from './roster-fixtures.ts';

const spec = deciderSpec(voucher);
const voucherId = 'SC-2025-000123';
const issuedData = {
  voucherId,
  workerId: workerOf(1),
  kind: 'employment',
  regionCode: '510100',
  issuedOn: '2025-01-10',
  expiresOn: '2025-06-30',
} as const;
const issued: VoucherEvent = { type: 'training.VoucherIssued', data: { ...issuedData, issuedAt: at } };
const redemption: Redemption = {
  voucherId,
  workerId: workerOf(1),
  classId,
  providerId,
  providerStanding: 'listed',
  kind: 'employment',
  today: '2025-03-01',
};
const redeem = (over: Partial<Redemption> = {}) =>
  ({ type: 'RedeemVoucher', data: { ...redemption, ...over, at } }) as const;
const redeemedData = { voucherId, workerId: workerOf(1), classId, providerId, redeemedAt: at };
const redeemed: VoucherEvent = { type: 'training.VoucherRedeemed', data: redeemedData };

describe('职业培训券 (docs/domain.md §7.3)', () => {
  it('given nothing, when issued, then VoucherIssued; the same issue again is a no-op, a different one refused', () => {
    spec
      .given([])
      .when({ type: 'IssueVoucher', data: { ...issuedData, at } })
      .thenEmits([{ ...issued, workerId: workerOf(1), occurredAt: at }]);
    spec
      .given([issued])
      .when({ type: 'IssueVoucher', data: { ...issuedData, at } })
      .thenEmits([]);
    spec
      .given([issued])
      .when({ type: 'IssueVoucher', data: { ...issuedData, kind: 'safety', at } })
      .thenThrows('VOUCHER_ALREADY_ISSUED', naming('voucherId'));
  });

  it('given nothing, when a voucher would expire before its issue, then VOUCHER_DATES_INVALID on expiresOn', () => {
    spec
      .given([])
      .when({ type: 'IssueVoucher', data: { ...issuedData, expiresOn: '2025-01-09', at } })
      .thenThrows('VOUCHER_DATES_INVALID', naming('expiresOn', 'expires_after_issue'));
  });

  it('given an issued voucher, when redeemed for its kind with a listed provider before expiry, then VoucherRedeemed', () => {
    spec
      .given([issued])
      .when(redeem())
      .thenEmits([{ ...redeemed, workerId: workerOf(1), occurredAt: at }]);
  });

  it('given a redeemed voucher, when redeemed for another class, then VOUCHER_ALREADY_REDEEMED; for the same class a no-op', () => {
    spec
      .given([issued, redeemed])
      .when(redeem({ classId: 'cls-other' }))
      .thenThrows('VOUCHER_ALREADY_REDEEMED', naming(undefined, 'redeemed_once'));
    spec.given([issued, redeemed]).when(redeem()).thenEmits([]);
  });

  it('when redeemed after its last day, then VOUCHER_EXPIRED; before its first, VOUCHER_NOT_YET_VALID', () => {
    spec
      .given([issued])
      .when(redeem({ today: '2025-07-01' }))
      .thenThrows('VOUCHER_EXPIRED', naming('voucherId', 'voucher_expiry'));
    expect(
      spec
        .given([issued])
        .when(redeem({ today: '2025-06-30' }))
        .emitted(),
    ).toHaveLength(1);
    spec
      .given([issued])
      .when(redeem({ today: '2025-01-09' }))
      .thenThrows('VOUCHER_NOT_YET_VALID');
  });

  it('when redeemed by another worker, for another kind, or with a provider not listed, then each is refused by name', () => {
    spec
      .given([issued])
      .when(redeem({ workerId: workerOf(2) }))
      .thenThrows('VOUCHER_OF_OTHER_WORKER', naming(undefined, 'voucher_holder'));
    spec
      .given([issued])
      .when(redeem({ kind: 'safety' }))
      .thenThrows('VOUCHER_WRONG_KIND', naming(undefined, 'voucher_kind'));
    spec
      .given([issued])
      .when(redeem({ providerStanding: 'suspended' }))
      .thenThrows('PROVIDER_SUSPENDED', naming(undefined, 'listed_provider'));
    spec.given([]).when(redeem()).thenThrows('VOUCHER_NOT_FOUND', naming(undefined, 'voucher_issued'));
  });

  it('given a voucher redeemed for a class, when released for that class, then it can be redeemed again', () => {
    const release = {
      type: 'ReleaseVoucher',
      data: { voucherId, classId, reason: 'class filled meanwhile', at },
    } as const;
    const released = spec.given([issued, redeemed]).when(release).emitted();
    expect(released).toEqual([
      {
        type: 'training.VoucherReleased',
        data: { voucherId, classId, reason: 'class filled meanwhile', releasedAt: at },
        workerId: workerOf(1),
        occurredAt: at,
      },
    ]);
    const after = released[0] as VoucherEvent;
    expect(
      spec
        .given([issued, redeemed, after])
        .when(redeem({ classId: 'cls-other' }))
        .emitted(),
    ).toHaveLength(1);
    spec.given([issued]).when(release).thenThrows('VOUCHER_NOT_REDEEMED');
  });

  describe('a redemption whose enrolment was never recorded (stranded)', () => {
    const held: Voucher = { ...issuedData, issuedAt: at, redeemedFor: redeemedData };
    const rosterOf = (...events: RosterEvent[]) => events.reduce(evolveRoster, emptyRoster());
    const later = (ms: number) => new Date(Date.parse(at) + ms).toISOString();
    const withVoucher = (event: RosterEvent): RosterEvent =>
      ({ ...event, data: { ...event.data, voucherId } }) as RosterEvent;

    it('given the class holds no enrolment of the holder, when the redemption is older than any request, then it is stranded', () => {
      expect(strandedRedemption(held, rosterOf(enrolled(2)), later(STRANDED_AFTER_MS))).toBe(true);
    });

    it('given the same, when the redemption is recent (an enrolment may still be under way), then it is not', () => {
      expect(strandedRedemption(held, rosterOf(), later(STRANDED_AFTER_MS - 1))).toBe(false);
    });

    it('given the holder enrolled with the voucher, then it is not stranded however old; enrolled without it, it is', () => {
      expect(strandedRedemption(held, rosterOf(withVoucher(enrolled(1))), later(10 * STRANDED_AFTER_MS))).toBe(false);
      expect(strandedRedemption(held, rosterOf(enrolled(1)), later(10 * STRANDED_AFTER_MS))).toBe(true);
    });

    it('given a voucher not redeemed, then nothing is stranded', () => {
      expect(strandedRedemption({ ...held, redeemedFor: null }, rosterOf(), later(10 * STRANDED_AFTER_MS))).toBe(false);
    });
  });
});
