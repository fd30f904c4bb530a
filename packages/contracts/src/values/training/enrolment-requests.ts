import { z } from 'zod';
import { HoursSchema, sittingId, voucherId } from '../../events/training/enrolment-fields.ts';
import { IdDocumentSchema } from '../../identity/id-document.ts';
import { SichuanRegionCodeSchema } from '../region-code.ts';
import { PersonNameSchema, ReasonSchema } from '../text.ts';
import { TrainingTargetGroupsSchema } from '../training-target-group.ts';
import { TrainingKindSchema } from './class-values.ts';

/**
 * One trainee to enrol under their real identity (实名制, docs/domain.md §7.2): the route's body and
 * each row of the enrolment sheet alike. The document becomes the workerId; name and target groups
 * are sealed under the worker's key before anything is kept.
 */
export const EnrolTraineeSchema = z.strictObject({
  document: IdDocumentSchema,
  name: PersonNameSchema,
  targetGroups: TrainingTargetGroupsSchema,
  /** A 职业培训券 to redeem with this enrolment. */
  voucherId: voucherId.optional(),
});
export type EnrolTraineeRequest = z.input<typeof EnrolTraineeSchema>;

/**
 * One trainee of a class the training office recorded after it ran (补录, docs/domain.md §7.1): a
 * row of its roster sheet, the enrolment's fields with the day enrolled and the sittings attended.
 */
export const PastTraineeSchema = EnrolTraineeSchema.omit({ voucherId: true }).extend({
  enrolledOn: z.iso.date('enrolledOn: a date YYYY-MM-DD'),
  attended: z.array(sittingId).max(300),
});
export type PastTraineeRequest = z.input<typeof PastTraineeSchema>;

/** A 职业培训券 issued to the holder of a document for one kind of training (docs/domain.md §7.3). */
export const IssueVoucherSchema = z
  .strictObject({
    voucherId,
    document: IdDocumentSchema,
    kind: TrainingKindSchema,
    regionCode: SichuanRegionCodeSchema,
    issuedOn: z.iso.date(),
    expiresOn: z.iso.date(),
  })
  .refine((v) => v.expiresOn >= v.issuedOn, {
    message: 'a voucher expires on or after the day it is issued',
    path: ['expiresOn'],
  });
export type IssueVoucherRequest = z.input<typeof IssueVoucherSchema>;

const signedAt = z.iso.datetime({
  offset: true,
  error: 'signedAt is an instant with its offset, e.g. 2025-03-03T09:05:00+08:00',
});

/** One sign-in at a sitting (docs/domain.md §7.4): a device's call and each row of the provider's sheet alike. */
export const SignInSchema = z.strictObject({
  document: IdDocumentSchema,
  sittingId,
  signedAt,
});
export type SignInRequest = z.input<typeof SignInSchema>;

/** The hours a trainee attended at a sitting, set with a reason (docs/domain.md §7.4). */
export const CorrectAttendanceSchema = z.strictObject({
  document: IdDocumentSchema,
  sittingId,
  hours: HoursSchema,
  reason: ReasonSchema,
});
export type CorrectAttendanceRequest = z.input<typeof CorrectAttendanceSchema>;

/** A sign-in withdrawn, with the reason (docs/domain.md §7.4). */
export const VoidAttendanceSchema = z.strictObject({ document: IdDocumentSchema, sittingId, reason: ReasonSchema });
export type VoidAttendanceRequest = z.input<typeof VoidAttendanceSchema>;
