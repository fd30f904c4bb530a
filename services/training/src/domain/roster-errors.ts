import { domainError } from '@tianfu/decider';

/** Why a command on a class's roster or a voucher is refused; statuses live with the routes. */
export type RosterErrorCode =
  | 'PROVIDER_SUSPENDED'
  | 'PROVIDER_REMOVED'
  | 'CLASS_NOT_FILED'
  | 'CLASS_NOT_FILED_LATE'
  | 'ROSTER_ALREADY_RECORDED'
  | 'CLASS_OF_OTHER_PROVIDER'
  | 'CLASS_FINISHED'
  | 'CLASS_FULL'
  | 'CLASS_NOT_ENDED'
  | 'CLASS_ALREADY_COMPLETED'
  | 'COMPLETION_RULE_MISSING'
  | 'TRAINEE_ALREADY_ENROLLED'
  | 'TRAINEE_NOT_ENROLLED'
  | 'SITTING_NOT_FOUND'
  | 'SIGN_IN_IN_FUTURE'
  | 'SIGN_IN_OUTSIDE_SITTING'
  | 'ALREADY_SIGNED_IN'
  | 'ATTENDANCE_NOT_FOUND'
  | 'HOURS_EXCEED_SITTING'
  | 'VOUCHER_NOT_FOUND'
  | 'VOUCHER_ALREADY_ISSUED'
  | 'VOUCHER_OF_OTHER_WORKER'
  | 'VOUCHER_WRONG_KIND'
  | 'VOUCHER_EXPIRED'
  | 'VOUCHER_NOT_YET_VALID'
  | 'VOUCHER_ALREADY_REDEEMED'
  | 'VOUCHER_NOT_REDEEMED'
  | 'VOUCHER_DATES_INVALID'
  | 'SHEET_ROWS_REJECTED';

/** A refusal as a rule names it: the code, the field it concerns and the rule it breaks. */
export interface Refusal {
  readonly code: RosterErrorCode;
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/** One bad row of a bulk sheet: its line in the file, the column and the rule it breaks. */
export interface RowProblem {
  readonly row: number;
  readonly column: string;
  readonly rule: string;
  readonly message: string;
}

/** The refusal as the service's problem+json carries it: `errors` names the field and the rule. */
export const refused = ({ code, message, field, rule }: Refusal) =>
  domainError(code, message, { errors: [{ field, rule, message }] });

export const rowProblem = (row: number, { field, rule, message }: Refusal): RowProblem => ({
  row,
  column: field,
  rule,
  message,
});

export const sheetRowsRejected = (problems: readonly RowProblem[]) =>
  domainError<RosterErrorCode>('SHEET_ROWS_REJECTED', `${problems.length} row(s) break a rule; nothing was applied`, {
    problems,
  });
