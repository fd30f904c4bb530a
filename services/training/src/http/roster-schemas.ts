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
  sittings: z
    .array(
      z.object({
        sittingId: z.string(),
        hours: z
          .number()
          .meta({ description: 'the hours this sitting counts: 0 when absent or the sign-in was voided' }),
        signedAt: z.string().nullable(),
        voided: z.boolean(),
      }),
    )
    .meta({ description: 'attendance at each sitting of the class, in schedule order' }),
  outcome: z
    .object({ completed: z.boolean(), attendedHours: z.number(), certificateNo: z.string().nullable() })
    .nullable(),
});

const AppliedRuleSchema = z.object({
  ruleId: z.string(),
  minAttendanceShare: z.number(),
  effectiveFrom: z.string(),
  source: z.string(),
  clause: z.string(),
  confirmed: z.boolean(),
});

export const EnrolmentListSchema = z.object({
  classId: z.string(),
  capacity: z.number(),
  completionRule: AppliedRuleSchema.nullable().meta({
    description: 'the completion rule applied, or before completion the one in force on the day the class ends',
  }),
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
  rule: AppliedRuleSchema,
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
