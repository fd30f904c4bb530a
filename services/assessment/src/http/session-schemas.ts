import {
  AssessmentPartSchema,
  BodyIdSchema,
  CertifiedLevelSchema,
  classifyCertificateNumber,
  type IdDocument,
  IdDocumentSchema,
  OccupationCodeSchema,
  PartScoreSchema,
  PartScoresSchema,
  PersonNameSchema,
  ReasonSchema,
  skillLevel,
  text,
} from '@tianfu/contracts';
import { type CertifiedLevel, schoolings, titleGrades } from '@tianfu/skill-rules';
import { z } from 'zod';
import { candidateBirthDate } from '../application/candidate-birth-date.ts';

export const EntityIdSchema = BodyIdSchema;
export const SessionParamsSchema = z.object({ sessionId: EntityIdSchema });
const candidateId = z.string().regex(/^\d{5}$/, '准考证号: five digits');
export const CandidateParamsSchema = SessionParamsSchema.extend({ candidateId });

/** A page of candidates in enrolment order: after the `next` of the previous page, up to `limit`. */
export const CandidatePageQuerySchema = z.object({
  after: candidateId.optional(),
  limit: z.coerce.number().int().min(1).max(1_000).default(500),
});

export const ScheduleSessionSchema = z.strictObject({
  sessionId: EntityIdSchema,
  bodyId: BodyIdSchema,
  occupationCode: OccupationCodeSchema,
  // 工种/职业方向; `--` when none (docs/domain.md §3.1).
  workType: text({ max: 100 }).default('--'),
  level: CertifiedLevelSchema,
  date: z.iso.date(),
  venue: text({ max: 300 }),
  examinerIds: z.array(EntityIdSchema).min(1).max(50),
  supervisorId: EntityIdSchema,
});

/** Moving or re-staffing a session before any mark: at least one change, and the reason. */
export const AmendSessionSchema = ScheduleSessionSchema.pick({
  date: true,
  venue: true,
  examinerIds: true,
  supervisorId: true,
})
  .partial()
  .extend({ reason: ReasonSchema })
  .refine((amendment) => Object.keys(amendment).some((field) => field !== 'reason'), {
    message: 'name at least one of date, venue, examinerIds, supervisorId',
    path: ['date'],
  });

const day = z.iso.date();

type Refinement = z.core.$RefinementCtx;

/** A declared level, its 证书编号 (if given) of a known form whose level digit is that level (docs/domain.md §3.2). */
function declaredLevel<T extends { level: CertifiedLevel; certificateNo: string | null }>(held: T, ctx: Refinement) {
  const declared = { ...held, source: 'declared' as const };
  if (held.certificateNo === null) return declared;
  const checked = classifyCertificateNumber(held.certificateNo);
  const digit = checked.ok ? checked.value.levelDigit : null;
  if (checked.ok && (digit === null || digit === skillLevel(held.level).certificateDigit))
    return { ...declared, certificateNo: checked.value.number };
  const [rule, message] = checked.ok
    ? ['certificate_level', 'the level digit of the 证书编号 (docs/domain.md §3.2) differs from the level held']
    : ['certificate_no', `${checked.reason} (docs/domain.md §3.2)`];
  ctx.addIssue({ code: 'custom', path: ['certificateNo'], message, params: { rule } });
  return z.NEVER;
}

/** The birth date as enrolled (application/candidate-birth-date.ts); a declared one the ID number refutes is a 400. */
function withBirthDateOfDocument<T extends { document: IdDocument; background: { birthDate: string | null } }>(
  candidate: T,
  ctx: Refinement,
): T {
  const { document, background } = candidate;
  const reconciled = candidateBirthDate(document, background.birthDate);
  if (reconciled.ok) return { ...candidate, background: { ...background, birthDate: reconciled.birthDate } };
  const message = 'differs from the birth date in the 居民身份证号 (docs/domain.md §6.2)';
  ctx.addIssue({ code: 'custom', path: ['background', 'birthDate'], message, params: { rule: 'birth_date_conflict' } });
  return z.NEVER;
}

export const CandidateBackgroundSchema = z.strictObject({
  birthDate: day.nullable().default(null),
  yearsInOccupation: z.number().min(0).max(60),
  apprenticeshipCompleted: z.boolean().default(false),
  schooling: z.array(z.enum(schoolings)).max(schoolings.length).default([]),
  title: z
    .strictObject({ grade: z.enum(titleGrades), since: day })
    .nullable()
    .default(null),
  heldLevels: z
    .array(
      z
        .strictObject({
          level: CertifiedLevelSchema,
          occupationCode: OccupationCodeSchema,
          obtainedOn: day,
          certificateNo: text({ max: 30 }).nullable().default(null),
        })
        .transform(declaredLevel),
    )
    .max(20)
    .default([]),
});

/**
 * One candidate, as the JSON route takes it and as each row of an enrolment sheet is parsed
 * (the sheet's cells put into this shape first), so both paths accept exactly the same.
 */
export const EnrolCandidateSchema = z
  .strictObject({
    document: IdDocumentSchema,
    name: PersonNameSchema,
    background: CandidateBackgroundSchema,
    overrideReason: ReasonSchema.optional(),
  })
  .transform(withBirthDateOfDocument);

export const PutScoresSchema = z
  .strictObject({
    theory: PartScoreSchema.optional(),
    practical: PartScoreSchema.optional(),
    review: PartScoreSchema.optional(),
    reason: ReasonSchema.optional(),
  })
  .refine((b) => b.theory !== undefined || b.practical !== undefined || b.review !== undefined, {
    message: 'give at least one of theory, practical, review',
    path: ['theory'],
  });

export const SessionViewSchema = z.object({
  sessionId: z.string(),
  bodyId: z.string(),
  bodyName: z.string(),
  occupationCode: z.string(),
  standardVersion: z.string(),
  workType: z.string(),
  level: CertifiedLevelSchema,
  date: z.string(),
  venue: z.string(),
  examiners: z.array(z.object({ examinerId: z.string(), grade: z.enum(['examiner', 'senior-examiner']) })),
  supervisorId: z.string(),
  parts: z.array(AssessmentPartSchema),
  status: z.enum(['scheduled', 'closed']),
  closedAt: z.string().nullable(),
  candidates: z.object({ enrolled: z.number(), passed: z.number(), failed: z.number(), pending: z.number() }),
  revision: z.number().int(),
});

/** One body's sessions (all bodies' for the authority), newest session date first. */
export const SessionListQuerySchema = z
  .strictObject({
    bodyId: BodyIdSchema.optional(),
    status: z.enum(['scheduled', 'closed']).optional(),
    occupationCode: OccupationCodeSchema.optional(),
    from: day.optional().meta({ description: 'the first session date listed' }),
    to: day.optional().meta({ description: 'the last session date listed' }),
    after: z.string().max(200).optional().meta({ description: 'the `next` of the previous page' }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine(({ from, to }) => from === undefined || to === undefined || from <= to, {
    message: 'to must not be before from',
    path: ['to'],
  });

export const SessionSummarySchema = SessionViewSchema.omit({ examiners: true, supervisorId: true, parts: true });

export const SessionPageSchema = z.object({
  items: z.array(SessionSummarySchema),
  next: z.string().nullable().meta({ description: 'the `after` of the next page; null on the last' }),
});

export const CandidateViewSchema = z.object({
  candidateId: z.string(),
  workerId: z.string(),
  name: z.string().nullable(),
  maskedIdNumber: z.string().nullable(),
  scores: PartScoresSchema,
  outcome: z.enum(['passed', 'failed']).nullable(),
});

export const CandidateDetailSchema = CandidateViewSchema.extend({
  history: z.array(
    z.object({
      part: AssessmentPartSchema,
      score: z.number(),
      previousScore: z.number().nullable(),
      reason: z.string().nullable(),
      byAuthority: z.boolean(),
      at: z.string(),
    }),
  ),
});
