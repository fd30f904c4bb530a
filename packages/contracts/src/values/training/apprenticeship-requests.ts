import { z } from 'zod';
import { HoursSchema } from '../../events/training/enrolment-fields.ts';
import { birthDateOfDocument, IdDocumentSchema } from '../../identity/id-document.ts';
import { CertifiedLevelSchema } from '../certified-level.ts';
import { OccupationCodeSchema } from '../occupation-code.ts';
import { PersonNameSchema, ReasonSchema, text } from '../text.ts';
import { ApprenticeshipIdSchema, EmployerSchema, TerminationReasonCodeSchema } from './apprenticeship-values.ts';
import { ProviderIdSchema } from './provider-values.ts';

const day = (field: string) => z.iso.date(`${field}: a date YYYY-MM-DD`);

/**
 * A 企业新型学徒制 agreement (docs/domain.md §7.6): employer, listed provider and apprentice, with
 * the enterprise mentor and the teacher (企校双师). The document becomes the workerId; the three
 * names are sealed under the apprentice's key before anything is kept.
 */
export const AgreeApprenticeshipSchema = z
  .strictObject({
    apprenticeshipId: ApprenticeshipIdSchema,
    employer: EmployerSchema,
    providerId: ProviderIdSchema,
    document: IdDocumentSchema,
    name: PersonNameSchema,
    /** 企业导师 */
    mentorName: PersonNameSchema,
    /** 院校导师 */
    teacherName: PersonNameSchema,
    occupationCode: OccupationCodeSchema,
    targetLevel: CertifiedLevelSchema,
    startsOn: day('startsOn'),
    plannedEndOn: day('plannedEndOn'),
    /**
     * Only for a document that carries no birth date (a 居民身份证号 does): the age rule needs one.
     * Given with a 居民身份证号, it must be the number's.
     */
    birthDate: day('birthDate').optional(),
  })
  .refine((a) => a.plannedEndOn > a.startsOn, {
    message: 'plannedEndOn is after startsOn',
    path: ['plannedEndOn'],
  })
  .refine((a) => a.birthDate === undefined || [null, a.birthDate].includes(birthDateOfDocument(a.document)), {
    message: 'differs from the birth date in the 居民身份证号 (docs/domain.md §6.2)',
    path: ['birthDate'],
    params: { rule: 'birth_date_conflict' },
  });
export type AgreeApprenticeshipRequest = z.input<typeof AgreeApprenticeshipSchema>;

/** A dated step of progress: the stage reached and the hours trained since the last record (docs/domain.md §7.6). */
export const RecordApprenticeshipProgressSchema = z.strictObject({
  /** The record's own id: the same record sent again is a retry and changes nothing. */
  progressId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, _ and -, at most 64'),
  on: day('on'),
  stage: text({ max: 200 }),
  hours: HoursSchema,
});
export type RecordApprenticeshipProgressRequest = z.input<typeof RecordApprenticeshipProgressSchema>;

/** Completion on or after the planned end; earlier only with a reason (docs/domain.md §7.6). */
export const CompleteApprenticeshipSchema = z.strictObject({
  completedOn: day('completedOn'),
  reason: ReasonSchema.optional(),
});
export type CompleteApprenticeshipRequest = z.input<typeof CompleteApprenticeshipSchema>;

/** The agreement ended before completion, with the reason (docs/domain.md §7.6). */
export const TerminateApprenticeshipSchema = z.strictObject({
  terminatedOn: day('terminatedOn'),
  reason: ReasonSchema,
  /** What kind of reason, for the worker's record; `other` when not given. */
  reasonCode: TerminationReasonCodeSchema.default('other'),
});
export type TerminateApprenticeshipRequest = z.input<typeof TerminateApprenticeshipSchema>;
