import type { VoucherIssuedData } from '@tianfu/contracts';
import { foldEvents } from '@tianfu/decider';
import { type CommandContext, type EventStore, handleCommand } from '@tianfu/eventstore';
import { type ClassFacts, chinaDay } from '../domain/class-facts.ts';
import { type Voucher, type VoucherEvent, type VoucherState, voucher, voucherRefused } from '../domain/voucher.ts';
import { voucherStreamId } from './roster-streams.ts';

export type IssueVoucherInput = Omit<VoucherIssuedData, 'issuedAt'>;

/** A redemption of one voucher for one worker's enrolment in a class. */
export interface VoucherUse {
  readonly voucherId: string;
  readonly workerId: string;
}

/** 职业培训券 (docs/domain.md §7.3): issued by the office, redeemed and released by enrolments. */
export function voucherCommands(store: EventStore, clock: () => Date) {
  const read = async (voucherId: string): Promise<VoucherState> => {
    const stream = await store.readStream(voucherStreamId(voucherId));
    return foldEvents<VoucherState, VoucherEvent>(voucher, stream.events);
  };
  const run = (voucherId: string, command: Parameters<typeof voucher.decide>[0], context: CommandContext) =>
    handleCommand(store, voucherStreamId(voucherId), voucher, command, context);

  return {
    read,
    /** An issued voucher; one never issued is refused naming voucherId. */
    async load(voucherId: string): Promise<Voucher> {
      const state = await read(voucherId);
      if (state === null)
        throw voucherRefused('VOUCHER_NOT_FOUND', 'voucher_issued', `voucher ${voucherId} was not issued`);
      return state;
    },
    async issue(input: IssueVoucherInput, context: CommandContext) {
      const result = await run(
        input.voucherId,
        { type: 'IssueVoucher', data: { ...input, at: clock().toISOString() } },
        context,
      );
      return result.state as NonNullable<VoucherState>;
    },
    /** Redeems each voucher for its enrolment in the class; a repeat for the same class changes nothing. */
    async redeem(uses: readonly VoucherUse[], facts: ClassFacts, at: string, context: CommandContext) {
      const { classId, providerId, providerStanding, kind } = facts;
      const today = chinaDay(at);
      const redeemed = new Map<string, VoucherState>();
      for (const { voucherId, workerId } of uses) {
        const data = { voucherId, workerId, classId, providerId, providerStanding, kind, today, at };
        redeemed.set(voucherId, (await run(voucherId, { type: 'RedeemVoucher', data }, context)).state);
      }
      return redeemed;
    },
    /** Undoes redemptions whose enrolment could not be made, so the vouchers can be used again. */
    async release(voucherIds: readonly string[], classId: string, reason: string, context: CommandContext) {
      const at = clock().toISOString();
      for (const voucherId of voucherIds) {
        await run(voucherId, { type: 'ReleaseVoucher', data: { voucherId, classId, reason, at } }, context);
      }
    },
  };
}

export type VoucherCommands = ReturnType<typeof voucherCommands>;
