import type { SheetRule } from './sheet-result.ts';

/** What a cell parser makes of one trimmed, non-empty cell. */
export type Cell<V> =
  | { readonly ok: true; readonly value: V }
  | { readonly ok: false; readonly rule: SheetRule; readonly message: string };

export type CellParser<V> = (text: string) => Cell<V>;

/**
 * One column of a sheet, as data: the headers it may be written as (Chinese and English, matched
 * case-insensitively), whether the column and each of its cells must be present, and the cell parser.
 */
export interface Column<V, R extends boolean = boolean> {
  readonly headers: readonly string[];
  readonly required: R;
  readonly parse: CellParser<V>;
}

export type ColumnTable = Readonly<Record<string, Column<unknown>>>;

/** A row's parsed cells: required columns always hold a value, optional ones may be empty. */
export type RowValues<C extends ColumnTable> = {
  readonly [K in keyof C]: C[K] extends Column<infer V, true>
    ? V
    : C[K] extends Column<infer V>
      ? V | undefined
      : never;
};

export const required = <V>(headers: readonly string[], parse: CellParser<V>): Column<V, true> => ({
  headers,
  required: true,
  parse,
});

export const optional = <V>(headers: readonly string[], parse: CellParser<V>): Column<V, false> => ({
  headers,
  required: false,
  parse,
});

export const accept = <V>(value: V): Cell<V> => ({ ok: true, value });

export const reject = (rule: SheetRule, message: string): Cell<never> => ({ ok: false, rule, message });

/** The cell as written, trimmed: for values checked together with another column. */
export const text: CellParser<string> = accept;
