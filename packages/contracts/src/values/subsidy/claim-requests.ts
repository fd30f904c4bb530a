import { z } from 'zod';
import { WorkerIdSchema } from '../../identity/worker-id-schema.ts';
import { AnyCertificateNumberSchema } from '../certificate-number/any-number-schema.ts';
import { text } from '../text.ts';
import { ApprenticeshipIdSchema } from '../training/apprenticeship-values.ts';
import { ClassIdSchema } from '../training/class-values.ts';
import { FenSchema } from './amounts.ts';
import { AgreementYearSchema, ApprenticeStageSchema } from './claim-basis.ts';
import { SubsidyRegionSchema } from './rule-set.ts';
import { SubsidyKindSchema } from './subsidy-kind.ts';

/** What each kind of claim names beside the kind and region (docs/domain.md §7.10). */
const neededFor = {
  'skill-upgrade': ['certificateNo'],
  training: ['classId', 'certificateNo'],
  apprenticeship: ['apprenticeshipId', 'agreementYear', 'stage'],
  living: ['classId'],
} as const;

/**
 * A claim (申请): the kind, what it rests on and the 市(州) the claimant claims in — a certificate
 * (技能提升补贴); a class completed and its certificate (职业培训补贴); an apprenticeship's agreement
 * year and stage, and for the settlement the apprentice's certificate (新型学徒制补贴); a class
 * completed (生活费补贴). A worker claims for themself on the day; the subsidy office files one for a
 * worker (a paper claim received on an earlier day keeps that day); a provider claims for its own
 * 项目制 class, an employer for its own apprentice.
 */
export const ClaimRequestSchema = z
  .strictObject({
    kind: SubsidyKindSchema,
    certificateNo: AnyCertificateNumberSchema.optional(),
    classId: ClassIdSchema.optional(),
    apprenticeshipId: ApprenticeshipIdSchema.optional(),
    agreementYear: AgreementYearSchema.optional(),
    stage: ApprenticeStageSchema.optional(),
    region: SubsidyRegionSchema,
    workerId: WorkerIdSchema.optional(),
    claimedOn: z.iso.date().optional(),
  })
  .superRefine((claim, ctx) => {
    for (const field of neededFor[claim.kind]) {
      if (claim[field] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `a ${claim.kind} claim names ${field} (docs/domain.md §7.10)`,
          params: { rule: 'required_for_kind' },
        });
    }
  })
  .meta({
    description:
      'skill-upgrade names certificateNo; training classId and certificateNo; apprenticeship apprenticeshipId, agreementYear, stage (and certificateNo for the settlement); living classId',
  });
export type ClaimRequest = z.output<typeof ClaimRequestSchema>;

/** A person's decision on a referred claim (manual 审核): the amount when the rule set states none. */
export const ClaimReviewSchema = z.strictObject({
  outcome: z.enum(['approved', 'rejected']),
  amountFen: FenSchema.optional(),
  reason: text({ max: 500 }),
});
export type ClaimReview = z.output<typeof ClaimReviewSchema>;
