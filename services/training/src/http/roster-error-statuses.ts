import type { DomainStatuses } from '@tianfu/service-kit';
import type { RosterErrorCode } from '../domain/roster-errors.ts';

/** The statuses of the roster's and vouchers' refusals (docs/domain.md §7.2–7.5). */
/** The provider register's own codes (a suspended or removed provider) keep their statuses in error-statuses.ts. */
type RosterOwnCode = Exclude<RosterErrorCode, 'PROVIDER_SUSPENDED' | 'PROVIDER_REMOVED'>;

export const rosterStatuses: DomainStatuses<RosterOwnCode> = {
  CLASS_NOT_FILED: [409, 'Class not filed'],
  CLASS_NOT_FILED_LATE: [409, 'Class filed ahead: its roster is kept as it happens'],
  ROSTER_ALREADY_RECORDED: [409, "Class's past roster already recorded"],
  CLASS_OF_OTHER_PROVIDER: [403, "Another provider's class"],
  CLASS_FINISHED: [409, 'Class finished'],
  CLASS_FULL: [409, 'Class full'],
  CLASS_NOT_ENDED: [409, 'Class not ended yet'],
  CLASS_ALREADY_COMPLETED: [409, 'Class already completed'],
  COMPLETION_RULE_MISSING: [409, 'No completion rule in force for the class'],
  TRAINEE_ALREADY_ENROLLED: [409, 'Trainee already enrolled in the class'],
  TRAINEE_NOT_ENROLLED: [422, 'Not enrolled in the class'],
  SITTING_NOT_FOUND: [422, 'No such sitting in the class'],
  SIGN_IN_IN_FUTURE: [422, 'Sign-in in the future'],
  SIGN_IN_OUTSIDE_SITTING: [422, "Sign-in outside the sitting's time"],
  ALREADY_SIGNED_IN: [409, 'Already signed in for the sitting'],
  ATTENDANCE_NOT_FOUND: [409, 'No attendance to void'],
  HOURS_EXCEED_SITTING: [422, "Hours beyond the sitting's"],
  VOUCHER_NOT_FOUND: [422, 'Voucher not issued'],
  VOUCHER_ALREADY_ISSUED: [409, 'Voucher already issued'],
  VOUCHER_OF_OTHER_WORKER: [422, 'Voucher issued to another worker'],
  VOUCHER_WRONG_KIND: [422, 'Voucher for another kind of training'],
  VOUCHER_EXPIRED: [422, 'Voucher expired'],
  VOUCHER_NOT_YET_VALID: [422, 'Voucher not yet valid'],
  VOUCHER_ALREADY_REDEEMED: [409, 'Voucher already redeemed'],
  VOUCHER_NOT_REDEEMED: [409, 'Voucher not redeemed for the class'],
  VOUCHER_DATES_INVALID: [422, 'Voucher expires before it is issued'],
  SHEET_ROWS_REJECTED: [422, 'Sheet rows break a rule; nothing was applied'],
};
