/**
 * Stable machine codes of everything wrong with an uploaded sheet. Clients key on these; messages
 * are for people and never repeat a cell's value (ID numbers and names are personal data, docs/domain.md §6.3).
 */
export const sheetRules = [
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
  // identity
  'candidate_missing',
  'candidate_id_format',
  'id_type',
  'id_format',
  'id_date',
  'id_checksum',
  // scores
  'part',
  'score_format',
  'score_range',
  // enrolments
  'name_length',
  'name_format',
  'years_format',
  'years_range',
  'yes_no',
  'date_format',
  'schooling',
  'title',
  'title_required',
  'title_since_required',
  'held_level',
  'held_level_required',
  'held_level_since_required',
  'occupation_code',
  'certificate_no',
  'certificate_level',
  'birth_date_conflict',
] as const;
export type SheetRule = (typeof sheetRules)[number];

export interface SheetProblem {
  /** The file's line where the record starts; the header is row 1. */
  readonly row: number;
  /** The header as written in the file; '' when the problem concerns the whole file or row. */
  readonly column: string;
  readonly rule: SheetRule;
  readonly message: string;
}

/** All rows, or every problem found in the whole file: a sheet is applied whole or not at all. */
export type SheetResult<T> =
  | { readonly ok: true; readonly rows: readonly T[] }
  | { readonly ok: false; readonly problems: readonly SheetProblem[] };

/** Hands a row's problem to the sheet, naming the column by its field ('' for the whole row). */
export type Report = (field: string, rule: SheetRule, message: string) => void;
