import { z } from 'zod';
import { ReasonSchema } from '../../values/text.ts';
import { ClassIdSchema, SittingSchema } from '../../values/training/class-values.ts';
import { ProviderIdSchema } from '../../values/training/provider-values.ts';

/** Field schemas training's enrolment, attendance, completion and voucher events share. */
export const classId = ClassIdSchema;
export const providerId = ProviderIdSchema;
/** The enrolment order within the class (学员编号), so a sheet can name trainees by it. */
export const enrolmentId = z.string().regex(/^\d{5}$/, 'an enrolment id is 5 digits');
export const sittingId = SittingSchema.shape.sittingId;
export const VoucherIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9-]+$/, 'a voucher number has letters, digits and hyphens only');
export const voucherId = VoucherIdSchema;
/** The device that read a trainee's card at a sign-in, as its provider names it. */
export const DeviceIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'a device id has letters, digits and . _ : - only, at most 100');
export const instant = z.iso.datetime({ offset: true });
export const calendarDate = z.iso.date();
export const reason = ReasonSchema;

/** Hours of a class or attended: half hours at most, as timetables count them. */
export const HoursSchema = z
  .number()
  .min(0, 'hours cannot be negative')
  .max(10_000, 'at most 10,000 hours')
  .refine((n) => Number.isInteger(n * 2), 'hours are counted in half hours');
