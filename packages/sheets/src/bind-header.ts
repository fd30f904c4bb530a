import type { Column, ColumnTable } from './columns.ts';
import type { SheetRecord } from './read-records.ts';
import type { SheetProblem, SheetRule } from './sheet-result.ts';

/** A sheet kind's columns with what is derived from them once, not per upload. */
export interface SheetShape {
  readonly columns: ColumnTable;
  /** Lower-cased header → field */
  readonly byHeader: ReadonlyMap<string, string>;
  /** Groups of optional columns of which the header must hold at least one. */
  readonly anyOf: readonly (readonly string[])[];
  readonly expected: string;
}

export function sheetShape(columns: ColumnTable, anyOf: readonly (readonly string[])[]): SheetShape {
  const entries = Object.entries(columns);
  const byHeader = new Map(
    entries.flatMap(([field, column]) => column.headers.map((header) => [header.toLowerCase(), field] as const)),
  );
  const expected = entries.map(([, column]) => column.headers.slice(0, 2).join('/')).join(', ');
  return { columns, byHeader, anyOf, expected };
}

/** A column found in the header: where its cells are and how the file spells it. */
export interface BoundColumn {
  readonly field: string;
  readonly header: string;
  readonly index: number;
  readonly column: Column<unknown>;
}

export interface HeaderBinding {
  readonly bound: readonly BoundColumn[];
  /** Cells a row may carry; empty header cells after the last named one (Excel leaves them) do not count. */
  readonly width: number;
  readonly has: (field: string) => boolean;
  /** The header as written in the file, or the column's Chinese header when the file lacks it. */
  readonly headerOf: (field: string) => string;
}

export type BindResult =
  | { readonly ok: true; readonly binding: HeaderBinding }
  | { readonly ok: false; readonly problems: readonly SheetProblem[] };

/** Matches the header row to the columns; every unknown, duplicate and missing column is reported. */
export function bindHeader(header: SheetRecord | undefined, shape: SheetShape): BindResult {
  const row = header?.row ?? 1;
  const cells = header?.cells ?? [];
  const width = cells.findLastIndex((cell) => cell !== '') + 1;
  const problems: SheetProblem[] = [];
  const problem = (column: string, rule: SheetRule, message: string) => problems.push({ row, column, rule, message });
  const found = new Map<string, BoundColumn>();
  for (let index = 0; index < width; index++) {
    const header = cells[index] as string;
    const field = shape.byHeader.get(header.toLowerCase()) ?? '';
    const column = shape.columns[field];
    const earlier = found.get(field);
    if (column === undefined) {
      const what = header === '' ? `column ${index + 1} has no header` : 'unknown column';
      problem(header, 'unknown_column', `${what}; this sheet takes ${shape.expected}`);
    } else if (earlier !== undefined) {
      problem(header, 'duplicate_column', `the same column as ${earlier.header} (column ${earlier.index + 1})`);
    } else {
      found.set(field, { field, header, index, column });
    }
  }
  const needed = [
    ...Object.entries(shape.columns).flatMap(([field, column]) => (column.required ? [[field]] : [])),
    ...shape.anyOf,
  ];
  for (const fields of needed.filter((group) => !group.some((field) => found.has(field)))) {
    const names = fields.map((field) => shape.columns[field]?.headers.slice(0, 2).join('/') ?? field);
    problem(headerIn(shape, fields[0]), 'missing_column', `the sheet needs a column ${names.join(' or ')}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  const has = (field: string): boolean => found.has(field);
  const headerOf = (field: string): string => found.get(field)?.header ?? headerIn(shape, field);
  return { ok: true, binding: { bound: [...found.values()], width, has, headerOf } };
}

const headerIn = (shape: SheetShape, field = ''): string => shape.columns[field]?.headers[0] ?? field;
