import { bindHeader, type HeaderBinding, sheetShape } from './bind-header.ts';
import type { ColumnTable, RowValues } from './columns.ts';
import { readRecords, type SheetRecord } from './read-records.ts';
import type { Report, SheetProblem, SheetResult } from './sheet-result.ts';

/** What a sheet kind adds to the cells: checks across columns and across rows, and its output row. */
export interface RowContext {
  readonly report: Report;
  /** Whether the file has the column at all. */
  readonly has: (field: string) => boolean;
  readonly headerOf: (field: string) => string;
}

export type RowBuilder<C extends ColumnTable, T> = (
  values: RowValues<C>,
  row: number,
  context: RowContext,
) => T | undefined;

const failed = <T>(problems: readonly SheetProblem[], rows: readonly T[] = []): SheetResult<T> => ({
  ok: false,
  problems,
  rows,
});

/**
 * A reader for one sheet kind: checks the file and its header, parses every cell with its column's
 * parser and hands each row whose cells are all good to `build`. Header problems stop the reading,
 * since no cell can be trusted to its column; otherwise every bad row is reported.
 */
export function sheetReader<C extends ColumnTable>(columns: C, anyOf: readonly (readonly (keyof C & string)[])[] = []) {
  const shape = sheetShape(columns, anyOf);
  return <T>(file: Buffer, build: RowBuilder<C, T>): SheetResult<T> => {
    const read = readRecords(file);
    if (!read.ok) return failed([read.problem]);
    const [header] = read.records;
    const bound = bindHeader(header, shape);
    if (!bound.ok) return failed(bound.problems);
    if (header === undefined || read.records.length === 1) {
      return failed([
        { row: (header?.row ?? 1) + 1, column: '', rule: 'no_rows', message: 'the sheet has no data rows' },
      ]);
    }
    const { has, headerOf } = bound.binding;
    const problems: SheetProblem[] = [];
    let row = header.row;
    const report: Report = (field, rule, message) => problems.push({ row, column: headerOf(field), rule, message });
    const context: RowContext = { report, has, headerOf };
    const rows: T[] = [];
    for (let i = 1; i < read.records.length; i++) {
      const record = read.records[i] as SheetRecord;
      row = record.row;
      const values = readCells<C>(record.cells, bound.binding, report);
      const built = values === undefined ? undefined : build(values, row, context);
      if (built !== undefined) rows.push(built);
    }
    return problems.length > 0 ? failed(problems, rows) : { ok: true, rows };
  };
}

function readCells<C extends ColumnTable>(
  cells: readonly string[],
  { bound, width }: HeaderBinding,
  report: Report,
): RowValues<C> | undefined {
  if (cells.length < width || (cells.length > width && cells.slice(width).some((cell) => cell !== ''))) {
    report('', 'column_count', `the row has ${cells.length} values; the header has ${width} columns`);
    return undefined;
  }
  const values: Record<string, unknown> = {};
  let good = true;
  for (const { field, index, column } of bound) {
    const text = cells[index] as string;
    const cell = text === '' ? undefined : column.parse(text);
    if (cell === undefined && column.required) {
      report(field, 'value_required', 'a value is required');
      good = false;
    } else if (cell !== undefined && !cell.ok) {
      report(field, cell.rule, cell.message);
      good = false;
    } else {
      values[field] = cell?.value;
    }
  }
  return good ? (values as RowValues<C>) : undefined;
}
