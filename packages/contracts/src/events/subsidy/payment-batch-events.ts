import { z } from 'zod';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { FenSchema } from '../../values/subsidy/amounts.ts';
import { SubsidyRegionSchema } from '../../values/subsidy/rule-set.ts';
import { text } from '../../values/text.ts';
import { defineEvent } from '../event-definition.ts';
import { BatchIdSchema, ClaimIdSchema, ClaimPayeeSchema } from './claim-events.ts';

const instant = z.iso.datetime({ offset: true });

/** One line of a payment batch: one approved claim, to whom, how much. */
export const BatchLineSchema = z.object({
  claimId: ClaimIdSchema,
  workerId: WorkerIdSchema,
  payee: ClaimPayeeSchema,
  amountFen: FenSchema,
});
export type BatchLine = z.output<typeof BatchLineSchema>;

/** A region's payment batch of a day, assembled once from its approved claims (docs/domain.md §7.11). */
export const SubsidyPaymentBatchAssembled = defineEvent({
  type: 'subsidy.PaymentBatchAssembled',
  schemaVersion: 1,
  schema: z.object({
    batchId: BatchIdSchema,
    region: SubsidyRegionSchema,
    day: z.iso.date(),
    lines: z.array(BatchLineSchema).max(100_000),
    totalFen: z.number().int().min(0),
    assembledAt: instant,
  }),
});
export type SubsidyPaymentBatchAssembledData = z.output<typeof SubsidyPaymentBatchAssembled.schema>;

/** The bank confirmed the batch paid: recorded once, however often the same file is confirmed. */
export const SubsidyPaymentBatchPaid = defineEvent({
  type: 'subsidy.PaymentBatchPaid',
  schemaVersion: 1,
  schema: z.object({ batchId: BatchIdSchema, paidOn: z.iso.date(), totalFen: z.number().int().min(0), at: instant }),
});
export type SubsidyPaymentBatchPaidData = z.output<typeof SubsidyPaymentBatchPaid.schema>;

/**
 * A line taken out of a batch before it was paid: its claim went into another batch of the region
 * first (two days' batches assembled at once both listed it). The bank's file leaves it out.
 */
export const SubsidyPaymentBatchLineDropped = defineEvent({
  type: 'subsidy.PaymentBatchLineDropped',
  schemaVersion: 1,
  schema: z.object({ batchId: BatchIdSchema, claimId: ClaimIdSchema, reason: text({ max: 500 }), at: instant }),
});
export type SubsidyPaymentBatchLineDroppedData = z.output<typeof SubsidyPaymentBatchLineDropped.schema>;

export const subsidyPaymentBatchEvents = [
  SubsidyPaymentBatchAssembled,
  SubsidyPaymentBatchLineDropped,
  SubsidyPaymentBatchPaid,
] as const;
