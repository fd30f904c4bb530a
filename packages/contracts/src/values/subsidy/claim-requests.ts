import { z } from 'zod';
import { WorkerIdSchema } from '../../identity/worker-id-schema.ts';
import { AnyCertificateNumberSchema } from '../certificate-number/any-number-schema.ts';
import { text } from '../text.ts';
import { FenSchema } from './amounts.ts';
import { SubsidyRegionSchema } from './rule-set.ts';
import { SubsidyKindSchema } from './subsidy-kind.ts';

/**
 * The kinds a claim can be made for now: 技能提升补贴 rests on facts the platform holds (the
 * certificate and the insurance registry). 职业培训补贴, 新型学徒制补贴 and 生活费补贴 open when the
 * service reads training completions, apprenticeships and target groups (docs/domain.md §7.10).
 */
export const ClaimableKindSchema = SubsidyKindSchema.extract(['skill-upgrade']);

/**
 * A claim (申请): the kind, the certificate it rests on and the 市(州) the claimant claims in. A worker
 * claims for themself on the day; the subsidy office files one for a worker (a paper claim
 * received on an earlier day keeps that day).
 */
export const ClaimRequestSchema = z.strictObject({
  kind: ClaimableKindSchema,
  certificateNo: AnyCertificateNumberSchema,
  region: SubsidyRegionSchema,
  workerId: WorkerIdSchema.optional(),
  claimedOn: z.iso.date().optional(),
});
export type ClaimRequest = z.output<typeof ClaimRequestSchema>;

/** A person's decision on a referred claim (manual 审核): the amount when the rule set states none. */
export const ClaimReviewSchema = z.strictObject({
  outcome: z.enum(['approved', 'rejected']),
  amountFen: FenSchema.optional(),
  reason: text({ max: 500 }),
});
export type ClaimReview = z.output<typeof ClaimReviewSchema>;
