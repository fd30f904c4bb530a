import type { ReportedPeriod } from './insurance.ts';
import type { RowProblem } from './subsidy-errors.ts';

/** One row of an import, its document already turned into the workerId. */
export interface InsuranceRow extends ReportedPeriod {
  readonly row: number;
  readonly workerId: string;
}

const overlaps = (a: ReportedPeriod, b: ReportedPeriod): boolean =>
  a.insuredSince <= (b.insuredUntil ?? '9999-12-31') && b.insuredSince <= (a.insuredUntil ?? '9999-12-31');

function problemOf(row: InsuranceRow, earlier: readonly InsuranceRow[], today: string): RowProblem | null {
  const at = (column: string, rule: string, message: string): RowProblem => ({ row: row.row, column, rule, message });
  if (row.insuredSince > today) return at('insuredSince', 'date_in_future', 'insuredSince is a day not after today');
  if (row.insuredUntil !== null && row.insuredUntil > today) {
    return at('insuredUntil', 'date_in_future', 'insuredUntil is a day not after today; leave it empty while insured');
  }
  const same = earlier.find((e) => e.insuredSince === row.insuredSince);
  if (same !== undefined) {
    return at('insuredSince', 'duplicate_row', `the same person and insuredSince as row ${same.row}`);
  }
  const overlapping = earlier.find((e) => overlaps(e, row));
  if (overlapping !== undefined) {
    return at('insuredSince', 'period_overlap', `the same person's period of row ${overlapping.row} overlaps this one`);
  }
  return null;
}

/**
 * What refuses an import's rows as a whole (docs/domain.md §7.9): a day after `today` (YYYY-MM-DD,
 * China time), and, for one person, the same insuredSince twice or two periods that overlap. Every
 * such row is named; an empty list lets the import through.
 */
export function insuranceImportProblems(rows: readonly InsuranceRow[], today: string): RowProblem[] {
  const seen = new Map<string, InsuranceRow[]>();
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const earlier = seen.get(row.workerId) ?? [];
    const problem = problemOf(row, earlier, today);
    if (problem !== null) problems.push(problem);
    else seen.set(row.workerId, [...earlier, row]);
  }
  return problems;
}
