import { z } from 'zod';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { RegionCodeSchema } from '../../values/region-code.ts';
import { TrainingKindSchema } from '../../values/training/class-values.ts';
import { defineEvent } from '../event-definition.ts';
import { calendarDate, classId, instant, providerId, reason, voucherId } from './enrolment-fields.ts';

/** A 职业培训券 issued to a worker for one kind of training, usable until it expires (docs/domain.md §7.3). */
export const VoucherIssued = defineEvent({
  type: 'training.VoucherIssued',
  schemaVersion: 1,
  schema: z.object({
    voucherId,
    workerId: WorkerIdSchema,
    kind: TrainingKindSchema,
    regionCode: RegionCodeSchema,
    issuedOn: calendarDate,
    /** The last day it can be redeemed. */
    expiresOn: calendarDate,
    issuedAt: instant,
  }),
});
export type VoucherIssuedData = z.output<typeof VoucherIssued.schema>;

/** Redeemed once, at enrolment in a class of a listed provider. */
export const VoucherRedeemed = defineEvent({
  type: 'training.VoucherRedeemed',
  schemaVersion: 1,
  schema: z.object({ voucherId, workerId: WorkerIdSchema, classId, providerId, redeemedAt: instant }),
});
export type VoucherRedeemedData = z.output<typeof VoucherRedeemed.schema>;

/** A redemption undone because the enrolment it was for could not be made (the class filled meanwhile). */
export const VoucherReleased = defineEvent({
  type: 'training.VoucherReleased',
  schemaVersion: 1,
  schema: z.object({ voucherId, classId, reason, releasedAt: instant }),
});
export type VoucherReleasedData = z.output<typeof VoucherReleased.schema>;
