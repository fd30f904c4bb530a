import { ApprenticeshipIdSchema, CertifiedLevelSchema, TerminationReasonCodeSchema } from '@tianfu/contracts';
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
  status: z.enum(['active', 'completed', 'terminated']),
  progress: z.array(progress),
  totalHours: z.number(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  endReasonCode: TerminationReasonCodeSchema.nullable().meta({ description: 'the kind of reason a termination gave' }),
  revision: z.number(),
  /** false when the request repeated one already applied (a retry): nothing new was recorded. */
  applied: z.boolean(),
});
