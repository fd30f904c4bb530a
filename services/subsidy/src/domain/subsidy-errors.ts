import { domainError } from '@tianfu/decider';

/** Why a subsidy request is refused; statuses live with the routes (http/error-statuses.ts). */
export type SubsidyErrorCode =
  | 'CERTIFICATE_NOT_FOUND'
  | 'CLASS_NOT_FOUND'
  | 'APPRENTICESHIP_NOT_FOUND'
  | 'SHEET_ROWS_REJECTED';

/** One bad row of an import: its line in the file (or its place in the request), the field and the rule it breaks. */
export interface RowProblem {
  readonly row: number;
  readonly column: string;
  readonly rule: string;
  readonly message: string;
}

export const certificateNotFound = (certificateNo: string) =>
  domainError<SubsidyErrorCode>('CERTIFICATE_NOT_FOUND', `no certificate ${certificateNo} is known to the platform`, {
    errors: [{ field: 'certificateNo', rule: 'certificate_known', message: 'no such certificate is known' }],
  });

export const classNotFound = (classId: string) =>
  domainError<SubsidyErrorCode>('CLASS_NOT_FOUND', `no class ${classId} is known to the subsidy service yet`, {
    errors: [{ field: 'classId', rule: 'class_known', message: 'no such class was filed, or it has not arrived yet' }],
  });

export const apprenticeshipNotFound = (apprenticeshipId: string) =>
  domainError<SubsidyErrorCode>(
    'APPRENTICESHIP_NOT_FOUND',
    `no apprenticeship ${apprenticeshipId} is known to the subsidy service yet`,
    {
      errors: [
        {
          field: 'apprenticeshipId',
          rule: 'apprenticeship_known',
          message: 'no such agreement was made, or it has not arrived yet',
        },
      ],
    },
  );

export const sheetRowsRejected = (problems: readonly RowProblem[]) =>
  domainError<SubsidyErrorCode>('SHEET_ROWS_REJECTED', `${problems.length} row(s) break a rule; nothing was applied`, {
    problems,
  });
