import { commonSheetRules } from '@tianfu/sheets';

/**
 * Stable machine codes of everything wrong with an uploaded sheet: any sheet's, and the
 * assessment sheets' own. Messages never repeat a cell's value (ID numbers and names are personal
 * data, docs/domain.md §6.3).
 */
export const sheetRules = [
  ...commonSheetRules,
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

export type { Report, SheetProblem, SheetResult } from '@tianfu/sheets';
