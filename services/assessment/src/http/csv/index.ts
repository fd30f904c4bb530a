export { sheetHash } from '@tianfu/sheets';
export type { EnrolmentRow, EnrolmentSheetOptions } from './enrolment-sheet.ts';
export { parseEnrolmentSheet } from './enrolment-sheet.ts';
export type { CandidateRef, ScoreRow } from './score-sheet.ts';
export { parseScoreSheet } from './score-sheet.ts';
export type { SheetProblem, SheetResult, SheetRule } from './sheet-result.ts';
export { sheetRules } from './sheet-result.ts';
