import { isUtf8 } from 'node:buffer';
import { CsvError, parse } from 'csv-parse/sync';
import type { SheetProblem, SheetRule } from './sheet-result.ts';
import { withoutBom } from './sheet-text.ts';

/** A non-blank record and the line it starts on (the header is normally row 1). */
export interface SheetRecord {
  readonly row: number;
  readonly cells: readonly string[];
}

const maxDataRows = 10_000;
// csv-parse returns blank lines and rows of empty cells as records too, and builds an Error (~25 µs)
// for each record whose field count differs from the header's. The cap leaves a sheet plenty of
// them, while a file of nothing but line breaks stops early instead of tying up memory and CPU.
const maxRecords = 2 * maxDataRows + 1;

export type RecordsResult =
  | { readonly ok: true; readonly records: readonly SheetRecord[] }
  | { readonly ok: false; readonly problem: SheetProblem };

// csv-parse's own messages quote the offending text, which may be an ID number; ours do not.
const syntaxMessages: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted value (") opened on or after this row is never closed',
  CSV_INVALID_CLOSING_QUOTE:
    'text follows the closing quote of a value: quote the whole value and double any " inside it',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'text follows the closing quote of a value: quote the whole value and double any " inside it',
  INVALID_OPENING_QUOTE: 'a quote (") inside an unquoted value: quote the whole value and double any " inside it',
};

const fileProblem = (row: number, rule: SheetRule, message: string): RecordsResult => ({
  ok: false,
  problem: { row, column: '', rule, message },
});

function lineOfByte(bytes: Buffer, offset: unknown): number | undefined {
  if (typeof offset !== 'number') return undefined;
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

function syntaxProblem(error: CsvError, bytes: Buffer): RecordsResult {
  const lines = typeof error.lines === 'number' ? error.lines : 1;
  // At an unclosed quote csv-parse has read to the end; the last field it closed is nearer the cause.
  const row = error.code === 'CSV_QUOTE_NOT_CLOSED' ? (lineOfByte(bytes, error.bytes) ?? lines) : lines;
  return fileProblem(row, 'csv_syntax', syntaxMessages[error.code] ?? 'the file is not well-formed CSV');
}

/**
 * The file's records with the lines they start on, blank lines and rows of empty cells (Excel
 * leaves those) dropped. Lines are counted here: csv-parse counts a CRLF inside a quoted value
 * twice, and its per-record info objects add a quarter to the parse.
 */
export function readRecords(file: Buffer): RecordsResult {
  if (!isUtf8(file)) return fileProblem(1, 'encoding', 'the file is not UTF-8: save it as "CSV UTF-8 (逗号分隔)"');
  const bytes = withoutBom(file);
  let parsed: string[][];
  try {
    // Both line ends, so a sheet edited on Windows and on Linux still splits into its rows.
    parsed = parse(bytes, { relax_column_count: true, record_delimiter: ['\r\n', '\n'], to: maxRecords });
  } catch (error) {
    if (error instanceof CsvError) return syntaxProblem(error, bytes);
    throw error;
  }
  const records = nonBlank(parsed);
  const dataRows = records.length - 1;
  if (parsed.length < maxRecords && dataRows <= maxDataRows) return { ok: true, records };
  const count = parsed.length < maxRecords ? `${dataRows} data rows` : `${maxRecords} lines or more`;
  return fileProblem(records[0]?.row ?? 1, 'too_many_rows', `${count}; a sheet holds at most ${maxDataRows} rows`);
}

function nonBlank(parsed: string[][]): SheetRecord[] {
  const records: SheetRecord[] = [];
  let line = 1;
  for (const fields of parsed) {
    let breaks = 0;
    let blank = true;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as string;
      if (field.includes('\n')) breaks += field.split('\n').length - 1;
      const cell = field.trim();
      fields[i] = cell;
      if (cell !== '') blank = false;
    }
    if (!blank) records.push({ row: line, cells: fields });
    line += 1 + breaks;
  }
  return records;
}
