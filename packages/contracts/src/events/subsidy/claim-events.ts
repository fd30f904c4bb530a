import { z } from 'zod';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { CaseRefSchema } from '../../values/case-ref.ts';
import { OccupationCodeSchema } from '../../values/occupation-code.ts';
import { SkillLevelKeySchema } from '../../values/skill-level.ts';
import { FenSchema } from '../../values/subsidy/amounts.ts';
import { ClaimBasisSchema, certificateOnlyBasis } from '../../values/subsidy/claim-basis.ts';
import { SubsidyDecisionSchema } from '../../values/subsidy/decision.ts';
import { InsuranceStandingSchema } from '../../values/subsidy/insurance-standing.ts';
import { SubsidyRegionSchema } from '../../values/subsidy/rule-set.ts';
import { text } from '../../values/text.ts';
import { withAddedFields } from '../added-fields.ts';
import { defineEvent } from '../event-definition.ts';

const instant = z.iso.datetime({ offset: true });

/** A claim's id: the service names it from the worker, kind, certificate and claim day (claim-id.ts). */
export const ClaimIdSchema = z.string().regex(/^clm-[0-9a-f]{32}$/, 'a claim id is clm- and 32 hex digits');

/** Who is paid: the worker, or for the person an employer (新型学徒制) or a provider (项目制). */
export const ClaimPayeeSchema = z.enum(['worker', 'employer', 'provider']);
export type ClaimPayee = z.output<typeof ClaimPayeeSchema>;

/**
 * A claim made (申请) and judged at once (automatic 审核, docs/domain.md §7.10): the decision lists
 * every rule checked with its clause and the rule set it used, so it can be shown and replayed.
 */
export const SubsidyClaimDecidedV1 = defineEvent({
  type: 'subsidy.ClaimDecided',
  schemaVersion: 1,
  schema: z.object({
    claimId: ClaimIdSchema,
    workerId: WorkerIdSchema,
    region: SubsidyRegionSchema,
    payee: ClaimPayeeSchema,
    decision: SubsidyDecisionSchema,
    /** The occupation and level the claim would subsidise: what a later claim's level rules read. */
    subsidised: z.object({ occupationCode: OccupationCodeSchema, level: SkillLevelKeySchema }).nullable(),
    /** The worker's unemployment insurance on the claim date, as the registry held it when judged. */
    insurance: InsuranceStandingSchema,
    decidedAt: instant,
  }),
});
/**
 * Version 2: what the claim rests on beside its certificate — the class, the apprenticeship year —
 * and the provider or employer it is paid to or claimed by; a version 1 claim rests on its
 * certificate alone (技能提升补贴).
 */
export const SubsidyClaimDecided = withAddedFields(SubsidyClaimDecidedV1, 2, {
  fields: { basis: ClaimBasisSchema },
  defaults: { basis: certificateOnlyBasis },
});
export type SubsidyClaimDecidedData = z.output<typeof SubsidyClaimDecided.schema>;

/** A referred claim decided by a person (manual 审核): approved with its amount, or rejected; with the reason. */
export const SubsidyClaimReviewed = defineEvent({
  type: 'subsidy.ClaimReviewed',
  schemaVersion: 1,
  schema: z.object({
    claimId: ClaimIdSchema,
    workerId: WorkerIdSchema,
    outcome: z.enum(['approved', 'rejected']),
    amountFen: FenSchema.nullable(),
    reason: text({ max: 500 }),
    reviewer: z.string().min(1).max(128),
    reviewedAt: instant,
  }),
});
export type SubsidyClaimReviewedData = z.output<typeof SubsidyClaimReviewed.schema>;

/** A payment batch's id: the 市(州) (or the province) and the day it pays, e.g. 510100-2025-03-01. */
export const BatchIdSchema = z
  .string()
  .regex(/^5\d{5}-\d{4}-\d{2}-\d{2}$/, 'a batch id is the region code and a day: 510100-2025-03-01');

/** An approved claim put into its region's payment batch of a day: a claim goes into one batch only. */
export const SubsidyClaimBatched = defineEvent({
  type: 'subsidy.ClaimBatched',
  schemaVersion: 1,
  schema: z.object({ claimId: ClaimIdSchema, workerId: WorkerIdSchema, batchId: BatchIdSchema, at: instant }),
});
export type SubsidyClaimBatchedData = z.output<typeof SubsidyClaimBatched.schema>;

/** The bank paid the claim, as its batch's confirmation says (拨付): once, however often it is confirmed. */
export const SubsidyClaimPaid = defineEvent({
  type: 'subsidy.ClaimPaid',
  schemaVersion: 1,
  schema: z.object({
    claimId: ClaimIdSchema,
    workerId: WorkerIdSchema,
    batchId: BatchIdSchema,
    amountFen: FenSchema,
    paidOn: z.iso.date(),
    at: instant,
  }),
});
export type SubsidyClaimPaidData = z.output<typeof SubsidyClaimPaid.schema>;

/** A paid claim clawed back (追回), with the reason and the case that decided it. */
export const SubsidyClaimClawedBack = defineEvent({
  type: 'subsidy.ClaimClawedBack',
  schemaVersion: 1,
  schema: z.object({
    claimId: ClaimIdSchema,
    workerId: WorkerIdSchema,
    amountFen: FenSchema,
    reason: text({ max: 500 }),
    caseRef: CaseRefSchema,
    at: instant,
  }),
});
export type SubsidyClaimClawedBackData = z.output<typeof SubsidyClaimClawedBack.schema>;

export const subsidyClaimEvents = [
  SubsidyClaimDecidedV1,
  SubsidyClaimDecided,
  SubsidyClaimReviewed,
  SubsidyClaimBatched,
  SubsidyClaimPaid,
  SubsidyClaimClawedBack,
] as const;
