import { z } from 'zod';
import { SealedNameSchema } from '../../identity/sealed-name.ts';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { CertifiedLevelSchema } from '../../values/certified-level.ts';
import { OccupationCodeSchema } from '../../values/occupation-code.ts';
import { text } from '../../values/text.ts';
import {
  AppliedDurationRuleSchema,
  ApprenticeshipIdSchema,
  EmployerSchema,
  TerminationReasonCodeSchema,
} from '../../values/training/apprenticeship-values.ts';
import { ProviderKindSchema } from '../../values/training/provider-values.ts';
import { withAddedFields } from '../added-fields.ts';
import { defineEvent } from '../event-definition.ts';
import { calendarDate, HoursSchema, instant, providerId, reason } from './enrolment-fields.ts';

const apprenticeshipId = ApprenticeshipIdSchema;
const workerId = WorkerIdSchema;

/**
 * A 企业新型学徒制 agreement (docs/domain.md §7.6) between an employer, a listed provider of a kind
 * that may train apprentices, and the apprentice: the workerId, never an ID number; the
 * apprentice's, mentor's and teacher's names sealed under the apprentice's key.
 */
export const ApprenticeshipAgreed = defineEvent({
  type: 'training.ApprenticeshipAgreed',
  schemaVersion: 1,
  schema: z.object({
    apprenticeshipId,
    employer: EmployerSchema,
    providerId,
    providerKind: ProviderKindSchema,
    workerId,
    apprenticeName: SealedNameSchema,
    mentorName: SealedNameSchema,
    teacherName: SealedNameSchema,
    occupationCode: OccupationCodeSchema,
    targetLevel: CertifiedLevelSchema,
    startsOn: calendarDate,
    plannedEndOn: calendarDate,
    durationRule: AppliedDurationRuleSchema,
    agreedAt: instant,
  }),
});
export type ApprenticeshipAgreedData = z.output<typeof ApprenticeshipAgreed.schema>;

/** A dated step of an apprenticeship's progress: the stage reached, hours trained. */
export const ApprenticeshipProgressRecorded = defineEvent({
  type: 'training.ApprenticeshipProgressRecorded',
  schemaVersion: 1,
  schema: z.object({
    apprenticeshipId,
    workerId,
    progressId: z.string().min(1).max(64),
    on: calendarDate,
    stage: text({ max: 200 }),
    hours: HoursSchema,
    recordedAt: instant,
  }),
});
export type ApprenticeshipProgressRecordedData = z.output<typeof ApprenticeshipProgressRecorded.schema>;

/**
 * The apprenticeship completed: the 学徒工 step of the ladder (docs/domain.md §1, ordinal 0) in its
 * occupation, dated `completedOn`; `reason` says why it completed before the planned end.
 */
export const ApprenticeshipCompleted = defineEvent({
  type: 'training.ApprenticeshipCompleted',
  schemaVersion: 1,
  schema: z.object({
    apprenticeshipId,
    workerId,
    apprenticeName: SealedNameSchema,
    providerId,
    employerName: EmployerSchema.shape.name,
    employerRegionCode: EmployerSchema.shape.regionCode,
    occupationCode: OccupationCodeSchema,
    targetLevel: CertifiedLevelSchema,
    startsOn: calendarDate,
    completedOn: calendarDate,
    totalHours: HoursSchema,
    reason: reason.nullable(),
    recordedAt: instant,
  }),
});
export type ApprenticeshipCompletedData = z.output<typeof ApprenticeshipCompleted.schema>;

/** The agreement ended before completion (解除), with the reason: no ladder step. */
export const ApprenticeshipTerminatedV1 = defineEvent({
  type: 'training.ApprenticeshipTerminated',
  schemaVersion: 1,
  schema: z.object({ apprenticeshipId, workerId, terminatedOn: calendarDate, reason, recordedAt: instant }),
});
/** Version 2: the kind of reason, which the worker's record shows; `other` for a version 1 termination. */
export const ApprenticeshipTerminated = withAddedFields(ApprenticeshipTerminatedV1, 2, {
  fields: { reasonCode: TerminationReasonCodeSchema },
  defaults: { reasonCode: 'other' },
});
export type ApprenticeshipTerminatedData = z.output<typeof ApprenticeshipTerminated.schema>;

/** Training's apprenticeship events, part of tianfu.training.events. */
export const apprenticeshipEvents = [
  ApprenticeshipAgreed,
  ApprenticeshipProgressRecorded,
  ApprenticeshipCompleted,
  ApprenticeshipTerminatedV1,
  ApprenticeshipTerminated,
] as const;
