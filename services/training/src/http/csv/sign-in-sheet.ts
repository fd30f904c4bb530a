import { type IdDocument, SignInSchema } from '@tianfu/contracts';
import {
  accept,
  type CellParser,
  defaultIdType,
  idTypeCell,
  optional,
  required,
  type SheetResult,
  sheetReader,
  text,
} from '@tianfu/sheets';
import { type IssueColumns, reportIssues } from './schema-issues.ts';

// A sign-in sheet from a provider's system writes China time without an offset: 2025-03-03 09:05[:00].
const chinaClock = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?$/;

/** A sign-in time: an instant with its offset, or a China-time day and clock; the route's schema checks the result. */
const signedAtCell: CellParser<string> = (cell) => {
  const match = chinaClock.exec(cell);
  return accept(match === null ? cell : `${match[1]}T${match[2]}${match[3] ?? ':00'}+08:00`);
};

export const signInColumns = {
  idType: optional(['证件类型', 'idType'], idTypeCell),
  idNumber: required(['证件号码', 'idNumber'], text),
  sittingId: required(['课次', 'sittingId'], text),
  signedAt: required(['签到时间', 'signedAt'], signedAtCell),
};

const issueColumns: IssueColumns = [
  ['document', 'idNumber', 'id_format'],
  ['sittingId', 'sittingId', 'sitting_id'],
  ['signedAt', 'signedAt', 'signed_at'],
];

export interface SignInRow {
  readonly row: number;
  readonly document: IdDocument;
  readonly sittingId: string;
  readonly signedAt: string;
}

const readSignIns = sheetReader(signInColumns);

/** Reads a provider's sign-in sheet, each row parsed by the device route's schema. */
export function parseSignInSheet(file: Buffer): SheetResult<SignInRow> {
  return readSignIns(file, (values, row, { report }) => {
    const { idType = defaultIdType, idNumber, sittingId, signedAt } = values;
    const parsed = SignInSchema.safeParse({ document: { idType, idNumber }, sittingId, signedAt });
    if (parsed.success) return { row, ...parsed.data };
    reportIssues(parsed.error.issues, issueColumns, report);
    return undefined;
  });
}
