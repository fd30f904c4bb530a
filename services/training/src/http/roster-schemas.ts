import { ClassIdSchema, TrainingTargetGroupSchema, VoucherIdSchema } from '@tianfu/contracts';
import { z } from 'zod';

export const RosterParamsSchema = z.object({ classId: ClassIdSchema });
export const VoucherParamsSchema = z.object({ voucherId: VoucherIdSchema });

/**
 * One trainee as the class's provider and the office see them: the name and target groups opened
 * from the worker's key (null once erased), the number only masked, and what completion decided.
 */
export const EnrolmentViewSchema = z.object({
  enrolmentId: z.string(),
  workerId: z.string(),
  name: z.string().nullable(),
  maskedIdNumber: z.string().nullable(),
  targetGroups: z.array(TrainingTargetGroupSchema).nullable(),
  voucherId: z.string().nullable(),
  attendedHours: z.number(),
  outcome: z
    .object({ completed: z.boolean(), attendedHours: z.number(), certificateNo: z.string().nullable() })
    .nullable(),
});

export const EnrolmentListSchema = z.object({
  classId: z.string(),
  capacity: z.number(),
  items: z.array(EnrolmentViewSchema),
  revision: z.number(),
});

/** What a command on a roster did: how many events of each type, none when it was a repeat. */
export const RosterReceiptSchema = z.object({
  classId: z.string(),
  applied: z.boolean(),
  events: z.record(z.string(), z.number().int()),
  revision: z.number().int(),
});

export const CompletionViewSchema = RosterReceiptSchema.extend({
  completedOn: z.string(),
  completers: z.number().int(),
  nonCompleters: z.number().int(),
  rule: z.object({
    ruleId: z.string(),
    minAttendanceShare: z.number(),
    effectiveFrom: z.string(),
    source: z.string(),
    clause: z.string(),
    confirmed: z.boolean(),
  }),
});

/** A voucher for the office: its holder by workerId only, and the class it was redeemed for. */
export const VoucherViewSchema = z.object({
  voucherId: z.string(),
  workerId: z.string(),
  kind: z.string(),
  regionCode: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  redeemedFor: z.object({ classId: z.string(), providerId: z.string(), redeemedAt: z.string() }).nullable(),
});
