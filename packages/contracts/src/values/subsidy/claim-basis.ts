import { z } from 'zod';
import { ApprenticeshipIdSchema } from '../training/apprenticeship-values.ts';
import { ClassIdSchema } from '../training/class-values.ts';
import { ProviderIdSchema } from '../training/provider-values.ts';
import { UnifiedSocialCreditCodeSchema } from '../unified-social-credit-code.ts';

/** 新型学徒制补贴 is claimed per agreement year: its advance when the year starts, its settlement on completion. */
export const ApprenticeStageSchema = z.enum(['advance', 'settlement'], {
  error: 'stage is advance (when the agreement year starts) or settlement (on completion) (docs/domain.md §7.10)',
});
export type ApprenticeStage = z.output<typeof ApprenticeStageSchema>;

/** The year of an apprenticeship agreement a claim is for: 1 to 3, as a term runs at most 3 years (docs/domain.md §7.6). */
export const AgreementYearSchema = z
  .number()
  .int('an agreement year is a whole number')
  .min(1, 'the first agreement year is 1')
  .max(3, 'an agreement runs at most 3 years');

const day = z.iso.date();

/**
 * What a claim rests on beside its certificate (docs/domain.md §7.10): the class completed
 * (职业培训补贴, 生活费补贴), or the apprenticeship's agreement year and stage (新型学徒制补贴); the
 * period of training it pays for, which the apprentice rule reads both ways; and the provider or
 * employer it is paid to or claimed by, whose reads list it.
 */
export const ClaimBasisSchema = z.object({
  classId: ClassIdSchema.nullable(),
  apprenticeshipId: ApprenticeshipIdSchema.nullable(),
  agreementYear: AgreementYearSchema.nullable(),
  stage: ApprenticeStageSchema.nullable(),
  /** The training paid for: a class's completion day, or an agreement year's first and last day. */
  period: z.object({ from: day, to: day }).nullable(),
  providerId: ProviderIdSchema.nullable(),
  employerCode: UnifiedSocialCreditCodeSchema.nullable(),
});
export type ClaimBasis = z.output<typeof ClaimBasisSchema>;

/** A claim for a certificate alone (技能提升补贴, and every claim decided before the basis was recorded). */
export const certificateOnlyBasis: ClaimBasis = {
  classId: null,
  apprenticeshipId: null,
  agreementYear: null,
  stage: null,
  period: null,
  providerId: null,
  employerCode: null,
};
