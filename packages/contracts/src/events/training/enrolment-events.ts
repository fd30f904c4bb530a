import { z } from 'zod';
import { SealedNameSchema } from '../../identity/sealed-name.ts';
import { SealedTargetGroupsSchema } from '../../identity/sealed-target-groups.ts';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { defineEvent } from '../event-definition.ts';
import { classId, enrolmentId, instant, providerId, voucherId } from './enrolment-fields.ts';

/**
 * A worker enrolled in a class under their real identity (实名制, docs/domain.md §7.2): the workerId,
 * never an ID number; name and target groups as of enrolment sealed under the worker's key, so
 * erasure removes them while the enrolment still counts.
 */
export const TraineeEnrolled = defineEvent({
  type: 'training.TraineeEnrolled',
  schemaVersion: 1,
  schema: z.object({
    classId,
    providerId,
    enrolmentId,
    workerId: WorkerIdSchema,
    holderName: SealedNameSchema,
    targetGroups: SealedTargetGroupsSchema,
    /** The 职业培训券 redeemed for this enrolment, if any. */
    voucherId: voucherId.nullable(),
    enrolledAt: instant,
  }),
});
export type TraineeEnrolledData = z.output<typeof TraineeEnrolled.schema>;

/** A provider's sheet (enrolments or sign-ins) applied to a class; its hash makes a second upload a no-op. */
export const RosterSheetAccepted = defineEvent({
  type: 'training.RosterSheetAccepted',
  schemaVersion: 1,
  schema: z.object({
    classId,
    kind: z.enum(['enrolments', 'attendance']),
    fileHash: z.string().regex(/^[0-9a-f]{64}$/),
    rows: z.number().int().min(1).max(100_000),
    acceptedAt: instant,
  }),
});
export type RosterSheetAcceptedData = z.output<typeof RosterSheetAccepted.schema>;
