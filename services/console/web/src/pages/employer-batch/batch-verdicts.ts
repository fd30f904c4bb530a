import type { BatchRow } from './batch-rows.ts';
import { shownName } from './batch-rows.ts';

/** The batch API's answer for one pair (certification's VerificationAnswer). */
export interface PairAnswer {
  readonly result: 'valid' | 'not-yet-valid' | 'suspended' | 'revoked' | 'not-found';
  readonly certificate: {
    readonly occupationName: string;
    readonly levelLabel: string;
    readonly issuedOn: string;
    readonly maskedName: string | null;
  } | null;
}

export type Verdict = PairAnswer['result'] | 'invalid';

/** A line of the result table: every input line has one, in input order. */
export interface VerdictRow {
  readonly line: number;
  readonly certificateNo: string;
  readonly maskedName: string;
  readonly verdict: Verdict;
  /** For an invalid line, the field and the rule it breaks. */
  readonly problem: { readonly field: 'certificateNo' | 'name'; readonly message: string } | null;
  readonly occupation: string;
  readonly level: string;
  readonly issuedOn: string;
}

/** The rows the API checked and those the page refused, joined again by line; answers are in the order sent. */
export function verdictRows(rows: readonly BatchRow[], answers: readonly PairAnswer[]): VerdictRow[] {
  let next = 0;
  return rows.map((row) => {
    const base = { line: row.line, maskedName: shownName(row), occupation: '', level: '', issuedOn: '' };
    if (!row.ok) {
      const problem = { field: row.field, message: row.problem };
      return { ...base, certificateNo: row.certificateNo, verdict: 'invalid', problem };
    }
    const answer = answers[next++];
    const certificate = answer?.certificate ?? null;
    return {
      ...base,
      certificateNo: row.pair.certificateNo,
      verdict: answer?.result ?? 'not-found',
      problem: null,
      ...(certificate && {
        maskedName: certificate.maskedName ?? base.maskedName,
        occupation: certificate.occupationName,
        level: certificate.levelLabel,
        issuedOn: certificate.issuedOn,
      }),
    };
  });
}
