/**
 * Rules any sheet can break; a sheet kind adds its own. Clients key on these; messages are for
 * people and never repeat a cell's value (it may be personal data, docs/domain.md §6.3).
 */
export const commonSheetRules = [
  // the file as a whole
  'encoding',
  'csv_syntax',
  'too_many_rows',
  'no_rows',
  'unknown_column',
  'missing_column',
  'duplicate_column',
  // any row
  'column_count',
  'value_required',
  'value_invalid',
  'duplicate_row',
  // the shared cell parsers
  'yes_no',
  'date_format',
] as const;

/** A stable machine code: one of commonSheetRules or a sheet kind's own. */
export type SheetRule = string;

export interface SheetProblem {
  /** The file's line where the record starts; the header is row 1. */
  readonly row: number;
  /** The header as written in the file; '' when the problem concerns the whole file or row. */
  readonly column: string;
  readonly rule: SheetRule;
  readonly message: string;
}

/**
 * All rows, or every problem found in the whole file: a sheet is applied whole or not at all. A
 * refused sheet still hands over the rows whose cells were good, so checks across rows can name
 * their problems in the same answer.
 */
export type SheetResult<T> =
  | { readonly ok: true; readonly rows: readonly T[] }
  | { readonly ok: false; readonly problems: readonly SheetProblem[]; readonly rows: readonly T[] };

/** Hands a row's problem to the sheet, naming the column by its field ('' for the whole row). */
export type Report = (field: string, rule: SheetRule, message: string) => void;
