import { AttendanceCorrected, AttendanceSignedIn, AttendanceVoided } from './enrolment-attendance-events.ts';
import { ClassCompleted, TraineeCompleted, TraineeNotCompleted } from './enrolment-completion-events.ts';
import { RosterSheetAccepted, TraineeEnrolled } from './enrolment-events.ts';
import { VoucherIssued, VoucherRedeemed, VoucherReleased } from './enrolment-voucher-events.ts';

/** Training's enrolment, attendance, completion and voucher events, part of tianfu.training.events. */
export const enrolmentEvents = [
  TraineeEnrolled,
  RosterSheetAccepted,
  AttendanceSignedIn,
  AttendanceCorrected,
  AttendanceVoided,
  TraineeCompleted,
  TraineeNotCompleted,
  ClassCompleted,
  VoucherIssued,
  VoucherRedeemed,
  VoucherReleased,
] as const;
