import {
  BatchIdSchema,
  BatchLineSchema,
  CaseRefSchema,
  ClaimIdSchema,
  FenSchema,
  SubsidyKindSchema,
  SubsidyRegionSchema,
  text,
  WorkerIdSchema,
} from '@tianfu/contracts';
import { z } from 'zod';

const day = z.iso.date();

export const AssembleBatchSchema = z.strictObject({
  region: SubsidyRegionSchema,
  day: day.meta({ description: 'the day the batch pays: approved claims of the region up to it' }),
});
export const BatchParamsSchema = z.object({ batchId: BatchIdSchema });
export const ConfirmPaidSchema = z.strictObject({ paidOn: day });
export const ClawBackSchema = z.strictObject({
  reason: text({ max: 500 }),
  caseRef: CaseRefSchema,
});
export const ClawBackParamsSchema = z.object({ workerId: WorkerIdSchema, claimId: ClaimIdSchema });

export const BatchViewSchema = z.object({
  batchId: BatchIdSchema,
  region: SubsidyRegionSchema,
  day,
  lines: z.array(BatchLineSchema).meta({ description: 'the lines it pays: as assembled, less those dropped' }),
  totalFen: z.number().int(),
  dropped: z
    .array(z.object({ claimId: ClaimIdSchema, reason: z.string(), at: z.string() }))
    .meta({ description: 'lines taken out before payment: their claim went into another batch first' }),
  assembledAt: z.string(),
  paidOn: day.nullable(),
});

export const TotalsParamsSchema = z.object({ region: SubsidyRegionSchema });
export const TotalsQuerySchema = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
export const AllocateBudgetSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  amountFen: FenSchema.min(1, 'an allocation is more than 0'),
  /** The budget document: one document is allocated once. */
  reference: text({ max: 200 }),
});

export const BudgetViewSchema = z.object({
  year: z.number().int(),
  allocatedFen: z.number().int(),
  usedFen: z.number().int(),
  leftFen: z.number().int(),
});

export const TotalsViewSchema = z.object({
  region: SubsidyRegionSchema,
  year: z.number().int(),
  budget: BudgetViewSchema,
  /** Approved claims no batch holds yet: waiting for their day's batch, or for money to be allocated. */
  waiting: z.object({ claims: z.number().int(), amountFen: z.number().int() }),
  months: z.array(
    z.object({
      kind: SubsidyKindSchema,
      month: z.string(),
      approvedClaims: z.number().int(),
      approvedFen: z.number().int(),
      paidFen: z.number().int(),
      clawedBackFen: z.number().int(),
    }),
  ),
});

export const WaitingViewSchema = z.object({
  region: SubsidyRegionSchema,
  /** Today: the claims approved by then, against the budget of its year. */
  day,
  leftFen: z.number().int(),
  claims: z.array(
    z.object({
      claimId: ClaimIdSchema,
      workerId: WorkerIdSchema,
      kind: SubsidyKindSchema,
      claimedOn: day,
      approvedOn: day,
      amountFen: z.number().int(),
      /** Paid by the budget left in the next batch; false: waits, with every claim after it, for more money. */
      withinBudget: z.boolean(),
    }),
  ),
});
