import type {
  BatchLine,
  NewEvent,
  SubsidyPaymentBatchAssembledData,
  SubsidyPaymentBatchLineDroppedData,
  SubsidyPaymentBatchPaidData,
} from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';
import { batchNotAssembled, claimNotPayable } from './claim-errors.ts';

export type PaymentBatchEvent =
  | DomainEvent<'subsidy.PaymentBatchAssembled', SubsidyPaymentBatchAssembledData>
  | DomainEvent<'subsidy.PaymentBatchLineDropped', SubsidyPaymentBatchLineDroppedData>
  | DomainEvent<'subsidy.PaymentBatchPaid', SubsidyPaymentBatchPaidData>;
type BatchEmitted = NewEvent<PaymentBatchEvent['type'], PaymentBatchEvent['data']>;

/**
 * A region's payment batch of a day: its lines as assembled, those taken out before payment (their
 * claim went into another batch first), and the bank's confirmation once paid.
 */
export type PaymentBatch = {
  readonly assembled: SubsidyPaymentBatchAssembledData;
  readonly dropped: readonly SubsidyPaymentBatchLineDroppedData[];
  readonly paid: SubsidyPaymentBatchPaidData | null;
} | null;

export interface AssembleBatch {
  readonly type: 'AssembleBatch';
  readonly data: Omit<SubsidyPaymentBatchAssembledData, 'totalFen' | 'assembledAt'> & { readonly at: string };
}

export interface DropBatchLine {
  readonly type: 'DropBatchLine';
  readonly data: SubsidyPaymentBatchLineDroppedData;
}

export interface ConfirmBatchPaid {
  readonly type: 'ConfirmBatchPaid';
  readonly data: { readonly batchId: string; readonly paidOn: string; readonly at: string };
}

export type PaymentBatchCommand = AssembleBatch | DropBatchLine | ConfirmBatchPaid;

/** The batch's total, checked line by line: the bank file's last line carries it. */
export const totalOf = (lines: readonly BatchLine[]): number => lines.reduce((sum, line) => sum + line.amountFen, 0);

/** The lines the bank pays: as assembled, less those dropped. */
export const payableLines = ({ assembled, dropped }: NonNullable<PaymentBatch>): BatchLine[] =>
  assembled.lines.filter((line) => !dropped.some((d) => d.claimId === line.claimId));

function evolve(state: PaymentBatch, event: PaymentBatchEvent): PaymentBatch {
  if (event.type === 'subsidy.PaymentBatchAssembled') return { assembled: event.data, dropped: [], paid: null };
  if (state === null) return null;
  return event.type === 'subsidy.PaymentBatchLineDropped'
    ? { ...state, dropped: [...state.dropped, event.data] }
    : { ...state, paid: event.data };
}

function drop({ data }: DropBatchLine, batch: NonNullable<PaymentBatch>): BatchEmitted[] {
  if (!batch.assembled.lines.some((line) => line.claimId === data.claimId))
    throw claimNotPayable(data.claimId, `it is not a line of batch ${data.batchId}`);
  if (batch.dropped.some((d) => d.claimId === data.claimId)) return [];
  if (batch.paid !== null) throw claimNotPayable(data.claimId, `batch ${data.batchId} is paid`);
  return [{ type: 'subsidy.PaymentBatchLineDropped', data }];
}

/**
 * A payment batch (docs/domain.md §7.11): assembled once (asked again, it is the batch already
 * assembled), a line dropped once and only before payment, confirmed paid once (the same bank file
 * confirmed twice pays nothing twice) for the total of the lines left.
 */
export const paymentBatch: Decider<PaymentBatchCommand, PaymentBatch, PaymentBatchEvent> = {
  initialState: () => null,
  evolve,
  decide(command, state): BatchEmitted[] {
    if (command.type === 'AssembleBatch') {
      if (state !== null) return [];
      const { at, ...data } = command.data;
      return [
        { type: 'subsidy.PaymentBatchAssembled', data: { ...data, totalFen: totalOf(data.lines), assembledAt: at } },
      ];
    }
    if (state === null) throw batchNotAssembled(command.data.batchId);
    if (command.type === 'DropBatchLine') return drop(command, state);
    if (state.paid !== null) return [];
    const { batchId, paidOn, at } = command.data;
    return [
      { type: 'subsidy.PaymentBatchPaid', data: { batchId, paidOn, totalFen: totalOf(payableLines(state)), at } },
    ];
  },
};
