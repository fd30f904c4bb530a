import type {
  BatchLine,
  NewEvent,
  SubsidyPaymentBatchAssembledData,
  SubsidyPaymentBatchPaidData,
} from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';
import { batchNotAssembled } from './claim-errors.ts';

export type PaymentBatchEvent =
  | DomainEvent<'subsidy.PaymentBatchAssembled', SubsidyPaymentBatchAssembledData>
  | DomainEvent<'subsidy.PaymentBatchPaid', SubsidyPaymentBatchPaidData>;
type BatchEmitted = NewEvent<PaymentBatchEvent['type'], PaymentBatchEvent['data']>;

/** A region's payment batch of a day: its lines as assembled, and the bank's confirmation once paid. */
export type PaymentBatch = {
  readonly assembled: SubsidyPaymentBatchAssembledData;
  readonly paid: SubsidyPaymentBatchPaidData | null;
} | null;

export interface AssembleBatch {
  readonly type: 'AssembleBatch';
  readonly data: Omit<SubsidyPaymentBatchAssembledData, 'totalFen' | 'assembledAt'> & { readonly at: string };
}

export interface ConfirmBatchPaid {
  readonly type: 'ConfirmBatchPaid';
  readonly data: { readonly batchId: string; readonly paidOn: string; readonly at: string };
}

export type PaymentBatchCommand = AssembleBatch | ConfirmBatchPaid;

/** The batch's total, checked line by line: the bank file's last line carries it. */
export const totalOf = (lines: readonly BatchLine[]): number => lines.reduce((sum, line) => sum + line.amountFen, 0);

/**
 * A payment batch (docs/domain.md §7.11): assembled once (asked again, it is the batch already
 * assembled), confirmed paid once (the same bank file confirmed twice pays nothing twice).
 */
export const paymentBatch: Decider<PaymentBatchCommand, PaymentBatch, PaymentBatchEvent> = {
  initialState: () => null,
  evolve: (state, event) =>
    event.type === 'subsidy.PaymentBatchAssembled'
      ? { assembled: event.data, paid: null }
      : state === null
        ? null
        : { ...state, paid: event.data },
  decide(command, state): BatchEmitted[] {
    if (command.type === 'AssembleBatch') {
      if (state !== null) return [];
      const { at, ...data } = command.data;
      return [
        { type: 'subsidy.PaymentBatchAssembled', data: { ...data, totalFen: totalOf(data.lines), assembledAt: at } },
      ];
    }
    if (state === null) throw batchNotAssembled(command.data.batchId);
    if (state.paid !== null) return [];
    const { batchId, paidOn, at } = command.data;
    return [{ type: 'subsidy.PaymentBatchPaid', data: { batchId, paidOn, totalFen: state.assembled.totalFen, at } }];
  },
};
