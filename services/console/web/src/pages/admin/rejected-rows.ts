/** One refused line of a catalogue sheet, as the catalogue names it (docs/domain.md: an import is whole or nothing). */
export interface RejectedRow {
  /** The file's line where the record starts; the header is line 1. */
  readonly row: number;
  /** The column as written in the file, or the entry field the rule concerns; '' for the whole row. */
  readonly where: string;
  readonly rule: string;
  readonly message: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The rows a 422 `CATALOGUE_ROWS_REJECTED` lists, in line order; the sheet's problems name a
 * `column`, the catalogue's rules a `field`. Anything else gives none.
 */
export function rejectedRows(problem: unknown): RejectedRow[] {
  const problems = (problem as { problems?: unknown } | null)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems
    .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null && typeof p.row === 'number')
    .map((p) => ({
      row: p.row as number,
      where: text(p.column) || text(p.field),
      rule: text(p.rule),
      message: text(p.message),
    }))
    .sort((a, b) => a.row - b.row);
}
