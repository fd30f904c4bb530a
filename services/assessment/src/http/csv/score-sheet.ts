import type { IdDocument } from '@tianfu/contracts';
import {
  accept,
  type CellParser,
  decimal,
  defaultIdType,
  documentKey,
  idDocumentCell,
  idTypeCell,
  oneOf,
  optional,
  type RowContext,
  type RowValues,
  reject,
  required,
  sheetReader,
  text,
} from '@tianfu/sheets';
import type { AssessmentPart } from '../../domain/assessment-parts.ts';
import type { SheetResult } from './sheet-result.ts';

/** A candidate by 准考证号, or by 证件类型 + normalised 证件号码. */
export type CandidateRef = { readonly candidateId: string } | IdDocument;

/** One part score of one candidate. */
export interface ScoreRow {
  readonly row: number;
  readonly candidate: CandidateRef;
  readonly part: AssessmentPart;
  readonly score: number;
}

const partLabels = new Map<string, AssessmentPart>([
  ['理论知识', 'theory'],
  ['理论', 'theory'],
  ['理论知识考试', 'theory'],
  ['theory', 'theory'],
  ['操作技能', 'practical'],
  ['操作', 'practical'],
  ['操作技能考核', 'practical'],
  ['practical', 'practical'],
  ['综合评审', 'review'],
  ['评审', 'review'],
  ['review', 'review'],
]);

const candidateIdPattern = /^[A-Za-z0-9_-]{1,20}$/;
// The service numbers candidates 00001, 00002 …; Excel opens a CSV's 00001 as the number 1 and saves it so.
const numberedByExcel = /^\d{1,4}$/;
const candidateIdCell: CellParser<string> = (cell) => {
  if (numberedByExcel.test(cell)) return accept(cell.padStart(5, '0'));
  return candidateIdPattern.test(cell)
    ? accept(cell)
    : reject('candidate_id_format', 'a 准考证号 is 1–20 letters, digits, - or _');
};

/** The scores sheet's columns (docs/domain.md §2.2: each part marked out of 100, scores arrive in bulk). */
const scoreColumns = {
  candidateId: optional(['准考证号', 'candidateId'], candidateIdCell),
  idType: optional(['证件类型', 'idType'], idTypeCell),
  idNumber: optional(['证件号码', 'idNumber'], text),
  part: required(['科目', 'part'], oneOf(partLabels, 'part', '理论知识, 操作技能 or 综合评审 (docs/domain.md §2.2)')),
  score: required(
    ['成绩', 'score'],
    decimal({ min: 0, max: 100, format: 'score_format', range: 'score_range', what: 'a part score' }),
  ),
};

const readScores = sheetReader(scoreColumns, [['candidateId', 'idNumber']]);

/**
 * A 准考证号 identifies the candidate when given; an ID document given beside it must still be
 * valid, though it is not needed.
 */
function candidateOf(values: RowValues<typeof scoreColumns>, { report, has }: RowContext): CandidateRef | undefined {
  const { candidateId, idType = defaultIdType, idNumber } = values;
  const document = idNumber === undefined ? undefined : idDocumentCell(idType, idNumber);
  if (document !== undefined && !document.ok) {
    report('idNumber', document.rule, document.message);
    return undefined;
  }
  if (candidateId !== undefined) return { candidateId };
  if (document !== undefined) return document.value;
  const message = 'each row needs a 准考证号, or a 证件号码 (with its 证件类型 unless a 居民身份证)';
  report(has('candidateId') ? 'candidateId' : 'idNumber', 'candidate_missing', message);
  return undefined;
}

const candidateKey = (candidate: CandidateRef): string =>
  'candidateId' in candidate ? `candidate ${candidate.candidateId}` : documentKey(candidate);

/** Reads a scores sheet: one row is one part score of one candidate. */
export function parseScoreSheet(file: Buffer): SheetResult<ScoreRow> {
  const firstRowOf = new Map<string, number>();
  return readScores(file, (values, row, context) => {
    const candidate = candidateOf(values, context);
    if (candidate === undefined) return undefined;
    const key = `${candidateKey(candidate)} ${values.part}`;
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      const field = 'candidateId' in candidate ? 'candidateId' : 'idNumber';
      context.report(field, 'duplicate_row', `the same candidate and part as row ${earlier}`);
      return undefined;
    }
    firstRowOf.set(key, row);
    return { row, candidate, part: values.part, score: values.score };
  });
}
