import { AnyCertificateNumberSchema, maskHolderName, PersonNameSchema } from '@tianfu/contracts/forms';
import { z } from 'zod';

export const MAX_BATCH_ROWS = 1_000;

/** One pair as the batch API takes it: the same schemas, so a row the page sends is a row it accepts. */
const PairSchema = z.object({ certificateNo: AnyCertificateNumberSchema, name: PersonNameSchema });
export type Pair = z.output<typeof PairSchema>;

/** A line of the input: its pair when both values pass, else the field and rule it breaks. */
export type BatchRow =
  | { readonly line: number; readonly ok: true; readonly pair: Pair }
  | {
      readonly line: number;
      readonly ok: false;
      readonly certificateNo: string;
      readonly name: string;
      readonly field: 'certificateNo' | 'name';
      readonly problem: string;
    };

export interface ParsedBatch {
  readonly rows: readonly BatchRow[];
  /** More lines than one batch takes; none is sent. */
  readonly tooMany: boolean;
}

/** `a,b` or `"a","b"` or tab-separated: the two first cells of a line. */
function cellsOf(line: string): [string, string] {
  const separator = line.includes('\t') ? '\t' : ',';
  const cells = line.split(separator).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/s, '$1')
      .replaceAll('""', '"'),
  );
  return [cells[0] ?? '', cells[1] ?? ''];
}

// A header row names its columns (证书编号, certificateNo, …) where a number would be.
const isHeader = (first: string): boolean => /证书|编号|certificate|number/i.test(first);

function rowOf(line: number, text: string): BatchRow {
  const [certificateNo, name] = cellsOf(text);
  const checked = PairSchema.safeParse({ certificateNo, name });
  if (checked.success) return { line, ok: true, pair: checked.data };
  const issue = checked.error.issues[0];
  const field = issue?.path[0] === 'name' ? 'name' : 'certificateNo';
  return { line, ok: false, certificateNo, name, field, problem: issue?.message ?? '' };
}

/**
 * The pasted or uploaded text, a row per non-empty line (numbered as the user sees them, a header
 * line skipped), each checked as the API would check it.
 */
export function parseBatch(text: string): ParsedBatch {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const rows: BatchRow[] = [];
  lines.forEach((content, i) => {
    if (content.trim() === '') return;
    if (rows.length === 0 && i === lines.findIndex((l) => l.trim() !== '') && isHeader(cellsOf(content)[0])) return;
    rows.push(rowOf(i + 1, content));
  });
  return { rows, tooMany: rows.length > MAX_BATCH_ROWS };
}

/** What the table shows of a row's holder: never the name as typed. */
export const shownName = (row: BatchRow): string => maskHolderName(row.ok ? row.pair.name : row.name);
