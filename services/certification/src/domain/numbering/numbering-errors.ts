import { domainError } from '@tianfu/decider';

/** Why a certificate number or serial cannot be made. */
export type NumberingErrorCode = 'FILING_NO_INVALID' | 'ISSUE_YEAR_INVALID' | 'LEVEL_NOT_NUMBERED' | 'SERIAL_INVALID';

export const numberingError = (code: NumberingErrorCode, detail: string, details?: Record<string, unknown>) =>
  domainError<NumberingErrorCode>(code, detail, details);
