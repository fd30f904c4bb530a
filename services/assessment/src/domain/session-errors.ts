import { domainError } from '@tianfu/decider';
import { implausibleSessionDate } from './plausibility.ts';

/** Why a command on an exam session is refused; statuses live with the routes. */
export type SessionErrorCode =
  | 'SESSION_ALREADY_SCHEDULED'
  | 'SESSION_NOT_FOUND'
  | 'SESSION_CLOSED'
  | 'OCCUPATION_NOT_FILED'
  | 'EXAMINER_NOT_QUALIFIED'
  | 'SENIOR_EXAMINER_REQUIRED'
  | 'SUPERVISOR_NOT_OF_BODY'
  | 'CANDIDATE_ALREADY_ENROLLED'
  | 'EXAMINER_IN_OWN_SESSION'
  | 'CANDIDATE_NOT_ELIGIBLE'
  | 'CANDIDATE_NOT_FOUND'
  | 'PART_NOT_ASSESSED'
  | 'CORRECTION_NEEDS_REASON'
  | 'CLOSED_SESSION_AUTHORITY_ONLY'
  | 'SHEET_ROWS_REJECTED'
  | 'SESSION_UNDER_WAY'
  | 'SESSION_DATE_IMPLAUSIBLE'
  | 'EXPERIENCE_IMPLAUSIBLE'
  | 'CLASS_NOT_FOUND'
  | 'CLASS_NOT_COMPLETED'
  | 'CLASS_OCCUPATION_MISMATCH'
  | 'CLASS_LEVEL_MISMATCH'
  | 'NOT_A_COMPLETER'
  | 'COMPLETERS_REFUSED';

/** One bad row of a bulk sheet: its number in the file, the column and the rule it breaks. */
export interface RowProblem {
  readonly row: number;
  readonly column: string;
  readonly rule: string;
  readonly message: string;
}

export const sessionError = (code: SessionErrorCode, detail: string, details?: Record<string, unknown>) =>
  domainError<SessionErrorCode>(code, detail, details);

/** Refuses a session date outside the plausible range (plausibility.ts), naming the field and rule. */
export function checkSessionDate(date: string, today: string): void {
  const problem = implausibleSessionDate(date, today);
  if (problem !== null)
    throw sessionError('SESSION_DATE_IMPLAUSIBLE', problem, { field: 'date', rule: 'session_date_range' });
}

export const sessionNotFound = (sessionId: string) =>
  sessionError('SESSION_NOT_FOUND', `exam session ${sessionId} is not scheduled`);

export const sheetRowsRejected = (problems: readonly RowProblem[]) =>
  sessionError('SHEET_ROWS_REJECTED', `${problems.length} row(s) break a rule; nothing was applied`, { problems });
