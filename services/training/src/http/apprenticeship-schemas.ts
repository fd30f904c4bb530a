import {
  ApprenticeshipIdSchema,
  CertifiedLevelSchema,
  ProviderIdSchema,
  TerminationReasonCodeSchema,
  UnifiedSocialCreditCodeSchema,
} from '@tianfu/contracts';
import { z } from 'zod';

export const ApprenticeshipParamsSchema = z.object({ apprenticeshipId: ApprenticeshipIdSchema });

const rule = z.object({
  ruleId: z.string(),
  minMonths: z.number(),
  maxMonths: z.number(),
  source: z.string(),
  clause: z.string(),
  confirmed: z.boolean(),
});

const ApprenticeshipStatusSchema = z.enum(['active', 'completed', 'terminated']);

const progress = z.object({
  progressId: z.string(),
  on: z.string(),
  stage: z.string(),
  hours: z.number(),
  recordedAt: z.string(),
});

/** An agreement as its provider and the office read it: names opened (null once erased), the ID number masked. */
export const ApprenticeshipViewSchema = z.object({
  apprenticeshipId: z.string(),
  employer: z.object({ name: z.string(), creditCode: z.string(), regionCode: z.string() }),
  providerId: z.string(),
  providerKind: z.string(),
  workerId: z.string(),
  apprentice: z.object({ name: z.string().nullable(), maskedIdNumber: z.string().nullable() }),
  mentorName: z.string().nullable().meta({ description: '企业导师' }),
  teacherName: z.string().nullable().meta({ description: '院校导师' }),
  occupationCode: z.string(),
  targetLevel: CertifiedLevelSchema,
  startsOn: z.string(),
  plannedEndOn: z.string(),
  durationRule: rule,
  agreedAt: z.string(),
  status: ApprenticeshipStatusSchema,
  progress: z.array(progress),
  totalHours: z.number(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  endReasonCode: TerminationReasonCodeSchema.nullable().meta({ description: 'the kind of reason a termination gave' }),
  revision: z.number(),
  /** false when the request repeated one already applied (a retry): nothing new was recorded. */
  applied: z.boolean(),
});

/** A provider's list of its agreements: by status and employer. */
export const ProviderApprenticeshipsQuerySchema = z.object({
  status: ApprenticeshipStatusSchema.optional(),
  employerCreditCode: UnifiedSocialCreditCodeSchema.optional().meta({ description: "the employer's 统一社会信用代码" }),
});
/** The training office's list across providers: the same filters and the provider. */
export const ApprenticeshipsQuerySchema = ProviderApprenticeshipsQuerySchema.extend({
  providerId: ProviderIdSchema.optional(),
});

/** An agreement as the lists show it: no name and no free-text reason (both on its own page). */
export const ApprenticeshipLineSchema = ApprenticeshipViewSchema.pick({
  apprenticeshipId: true,
  employer: true,
  providerId: true,
  providerKind: true,
  workerId: true,
  occupationCode: true,
  targetLevel: true,
  startsOn: true,
  plannedEndOn: true,
  agreedAt: true,
  status: true,
  totalHours: true,
  endedOn: true,
  endReasonCode: true,
  revision: true,
});
export const ApprenticeshipListSchema = z.object({ items: z.array(ApprenticeshipLineSchema) });
