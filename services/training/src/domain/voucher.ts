import type {
  NewEvent,
  TrainingKind,
  VoucherIssuedData,
  VoucherRedeemedData,
  VoucherReleasedData,
} from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';
import { type ProviderStanding, unlistedProvider } from './class-facts.ts';
import { type Refusal, refused } from './roster-errors.ts';
import type { Roster } from './roster-state.ts';

export type VoucherEvent =
  | DomainEvent<'training.VoucherIssued', VoucherIssuedData>
  | DomainEvent<'training.VoucherRedeemed', VoucherRedeemedData>
  | DomainEvent<'training.VoucherReleased', VoucherReleasedData>;

type VoucherEmitted = NewEvent<VoucherEvent['type'], VoucherEvent['data']>;

/** A 职业培训券 (docs/domain.md §7.3): issued for one kind of training, redeemed once, expires. */
export interface Voucher extends VoucherIssuedData {
  readonly redeemedFor: VoucherRedeemedData | null;
}
export type VoucherState = Voucher | null;

export interface IssueVoucher {
  readonly type: 'IssueVoucher';
  readonly data: Omit<VoucherIssuedData, 'issuedAt'> & { readonly at: string };
}

/** What a redemption at enrolment is judged against: the enrolling worker and the class. */
export interface Redemption {
  readonly voucherId: string;
  readonly workerId: string;
  readonly classId: string;
  readonly providerId: string;
  readonly providerStanding: ProviderStanding;
  readonly kind: TrainingKind;
  /** The enrolment day (China time). */
  readonly today: string;
}

export interface RedeemVoucher {
  readonly type: 'RedeemVoucher';
  readonly data: Redemption & { readonly at: string };
}

export interface ReleaseVoucher {
  readonly type: 'ReleaseVoucher';
  readonly data: { readonly voucherId: string; readonly classId: string; readonly reason: string; readonly at: string };
}

export type VoucherCommand = IssueVoucher | RedeemVoucher | ReleaseVoucher;

const voucherRefusal = (code: Refusal['code'], rule: string, message: string): Refusal => ({
  code,
  field: 'voucherId',
  rule,
  message,
});

/** A voucher refusal as thrown, naming voucherId and the rule. */
export const voucherRefused = (code: Refusal['code'], rule: string, message: string) =>
  refused(voucherRefusal(code, rule, message));

/** Whether the voucher can be redeemed for this enrolment: null when it can; a repeat for the same class is fine. */
export function redemptionProblem(voucher: VoucherState, r: Redemption): Refusal | null {
  const id = r.voucherId;
  if (voucher === null) return voucherRefusal('VOUCHER_NOT_FOUND', 'voucher_issued', `voucher ${id} was not issued`);
  if (voucher.workerId !== r.workerId)
    return voucherRefusal('VOUCHER_OF_OTHER_WORKER', 'voucher_holder', `voucher ${id} was issued to another worker`);
  const used = voucher.redeemedFor;
  if (used !== null && used.classId !== r.classId)
    return voucherRefusal(
      'VOUCHER_ALREADY_REDEEMED',
      'redeemed_once',
      `voucher ${id} was redeemed at ${used.redeemedAt}`,
    );
  if (voucher.kind !== r.kind)
    return voucherRefusal(
      'VOUCHER_WRONG_KIND',
      'voucher_kind',
      `voucher ${id} is for ${voucher.kind} training, the class is ${r.kind}`,
    );
  const unlisted = unlistedProvider(r.providerStanding, 'redeems no vouchers');
  if (unlisted !== null) return unlisted;
  if (r.today < voucher.issuedOn)
    return voucherRefusal(
      'VOUCHER_NOT_YET_VALID',
      'voucher_valid_from',
      `voucher ${id} is valid from ${voucher.issuedOn}`,
    );
  if (r.today > voucher.expiresOn)
    return voucherRefusal('VOUCHER_EXPIRED', 'voucher_expiry', `voucher ${id} expired on ${voucher.expiresOn}`);
  return null;
}

/**
 * How long a redemption may wait for its enrolment before it counts as stranded: far longer than
 * any request takes, so an enrolment still under way is never taken for one that was lost.
 */
export const STRANDED_AFTER_MS = 10 * 60_000;

/**
 * Whether the voucher's redemption is stranded (docs/domain.md §7.3): the process stopped between
 * redeeming it and recording the enrolment, so the class it was redeemed for (`roster`) holds no
 * enrolment of its holder with it, and the redemption is older than STRANDED_AFTER_MS at `now`.
 */
export function strandedRedemption(voucher: Voucher, roster: Roster, now: string): boolean {
  const used = voucher.redeemedFor;
  if (used === null || Date.parse(now) - Date.parse(used.redeemedAt) < STRANDED_AFTER_MS) return false;
  const enrolmentId = roster.enrolmentByWorker.get(voucher.workerId);
  return enrolmentId === undefined || roster.trainees.get(enrolmentId)?.voucherId !== voucher.voucherId;
}

function decideIssue({ data }: IssueVoucher, state: VoucherState): readonly VoucherEmitted[] {
  const { at, ...issued } = data;
  if (state !== null) {
    const same =
      state.workerId === issued.workerId && state.kind === issued.kind && state.expiresOn === issued.expiresOn;
    if (same) return [];
    throw refused(
      voucherRefusal('VOUCHER_ALREADY_ISSUED', 'voucher_unique', `voucher ${issued.voucherId} was already issued`),
    );
  }
  if (issued.expiresOn < issued.issuedOn)
    throw refused({
      code: 'VOUCHER_DATES_INVALID',
      field: 'expiresOn',
      rule: 'expires_after_issue',
      message: 'a voucher expires on or after the day it is issued',
    });
  return [
    { type: 'training.VoucherIssued', data: { ...issued, issuedAt: at }, workerId: issued.workerId, occurredAt: at },
  ];
}

function decideRedeem({ data }: RedeemVoucher, state: VoucherState): readonly VoucherEmitted[] {
  const problem = redemptionProblem(state, data);
  if (problem !== null) throw refused(problem);
  if (state?.redeemedFor != null) return [];
  const { voucherId, workerId, classId, providerId, at } = data;
  return [
    {
      type: 'training.VoucherRedeemed',
      data: { voucherId, workerId, classId, providerId, redeemedAt: at },
      workerId,
      occurredAt: at,
    },
  ];
}

function decideRelease({ data }: ReleaseVoucher, state: VoucherState): readonly VoucherEmitted[] {
  const { voucherId, classId, reason, at } = data;
  if (state?.redeemedFor?.classId !== classId)
    throw refused(
      voucherRefusal(
        'VOUCHER_NOT_REDEEMED',
        'redeemed_for_class',
        `voucher ${voucherId} is not redeemed for class ${classId}`,
      ),
    );
  return [
    {
      type: 'training.VoucherReleased',
      data: { voucherId, classId, reason, releasedAt: at },
      workerId: state.workerId,
      occurredAt: at,
    },
  ];
}

function evolve(state: VoucherState, event: VoucherEvent): VoucherState {
  if (event.type === 'training.VoucherIssued') return { ...event.data, redeemedFor: null };
  if (state === null) return state;
  return { ...state, redeemedFor: event.type === 'training.VoucherRedeemed' ? event.data : null };
}

export const voucher: Decider<VoucherCommand, VoucherState, VoucherEvent> = {
  initialState: () => null,
  evolve,
  decide: (command, state) => {
    switch (command.type) {
      case 'IssueVoucher':
        return decideIssue(command, state);
      case 'RedeemVoucher':
        return decideRedeem(command, state);
      case 'ReleaseVoucher':
        return decideRelease(command, state);
    }
  },
};
