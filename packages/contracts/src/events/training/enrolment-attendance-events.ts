import { z } from 'zod';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { defineEvent } from '../event-definition.ts';
import { classId, DeviceIdSchema, enrolmentId, HoursSchema, instant, reason, sittingId } from './enrolment-fields.ts';

/**
 * Attendance is an append-only log per class (docs/domain.md §7.4): a sign-in, then perhaps a
 * correction of the hours or a void, each with its reason; nothing is overwritten.
 */
export const AttendanceSignedIn = defineEvent({
  type: 'training.AttendanceSignedIn',
  schemaVersion: 1,
  schema: z.object({
    classId,
    sittingId,
    enrolmentId,
    workerId: WorkerIdSchema,
    /** When the trainee signed in, in the world; the sitting's window holds it. */
    signedAt: instant,
    source: z.enum(['device', 'sheet']),
    deviceId: DeviceIdSchema.nullable(),
    recordedAt: instant,
  }),
});
export type AttendanceSignedInData = z.output<typeof AttendanceSignedIn.schema>;

/** The hours a trainee attended at a sitting, set by the provider with a reason (late, left early, a failed device). */
export const AttendanceCorrected = defineEvent({
  type: 'training.AttendanceCorrected',
  schemaVersion: 1,
  schema: z.object({
    classId,
    sittingId,
    enrolmentId,
    workerId: WorkerIdSchema,
    hours: HoursSchema,
    reason,
    correctedAt: instant,
  }),
});
export type AttendanceCorrectedData = z.output<typeof AttendanceCorrected.schema>;

/** A sign-in withdrawn (e.g. signed in for someone else, 代签): it counts no hours. */
export const AttendanceVoided = defineEvent({
  type: 'training.AttendanceVoided',
  schemaVersion: 1,
  schema: z.object({
    classId,
    sittingId,
    enrolmentId,
    workerId: WorkerIdSchema,
    reason,
    voidedAt: instant,
  }),
});
export type AttendanceVoidedData = z.output<typeof AttendanceVoided.schema>;
