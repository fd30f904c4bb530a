import {
  BatchIdSchema,
  ClaimIdSchema,
  ClaimPayeeSchema,
  FenSchema,
  InsuranceStandingSchema,
  SubsidyDecisionSchema,
  SubsidyRegionSchema,
  WorkerIdSchema,
} from '@tianfu/contracts';
import { z } from 'zod';

export const ClaimantParamsSchema = z.object({ workerId: WorkerIdSchema });
export const ClaimParamsSchema = ClaimantParamsSchema.extend({ claimId: ClaimIdSchema });

/** A claim as it stands: the automatic decision with every rule checked, and a person's review of a referred one. */
export const ClaimViewSchema = z.object({
  claimId: ClaimIdSchema,
  workerId: WorkerIdSchema,
  region: SubsidyRegionSchema,
  payee: ClaimPayeeSchema,
  status: z.enum(['approved', 'rejected', 'referred']),
  amountFen: FenSchema.nullable(),
  decision: SubsidyDecisionSchema,
  insurance: InsuranceStandingSchema,
  decidedAt: z.string(),
  review: z
    .object({
      outcome: z.enum(['approved', 'rejected']),
      amountFen: FenSchema.nullable(),
      reason: z.string(),
      reviewer: z.string(),
      reviewedAt: z.string(),
    })
    .nullable(),
  /** The payment batch it is in, once approved and batched. */
  batchId: BatchIdSchema.nullable(),
  payment: z.object({ batchId: BatchIdSchema, paidOn: z.string(), amountFen: FenSchema }).nullable(),
  /** 追回: taken back after payment, with the case that decided it. */
  clawback: z.object({ reason: z.string(), caseRef: z.string(), amountFen: FenSchema, at: z.string() }).nullable(),
});

export const ClaimListSchema = z.object({ workerId: WorkerIdSchema, claims: z.array(ClaimViewSchema) });

export const EntitlementsQuerySchema = z.strictObject({
  region: SubsidyRegionSchema.meta({ description: 'the 市(州) the worker would claim in (or 510000)' }),
});

/** What the worker may still claim today: each certificate judged as a claim today would be, nothing recorded. */
export const EntitlementsViewSchema = z.object({
  workerId: WorkerIdSchema,
  region: SubsidyRegionSchema,
  asOf: z.string(),
  countedThisYear: z.number().int(),
  certificates: z.array(
    z.object({
      certificateNo: z.string(),
      occupationCode: z.string(),
      occupationName: z.string().nullable(),
      level: z.string(),
      decision: SubsidyDecisionSchema,
    }),
  ),
});
