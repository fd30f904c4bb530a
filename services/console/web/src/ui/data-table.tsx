import type { ComponentChildren } from 'preact';

/** One column: its header, how a row fills its cell, and how the cell sits. */
export interface Column<Row> {
  /** Unique among the table's columns; also names the column's cell in `footer`. */
  readonly key: string;
  readonly header: string;
  readonly cell: (row: Row) => ComponentChildren;
  /** `end` for numbers: aligned right in tabular figures. */
  readonly align?: 'start' | 'end';
  /** The cell names its row (a year, a region, a line number): `<th scope="row">`. */
  readonly rowHeader?: boolean;
  /** The cell's accessible name where its text alone says too little (a bare line number). */
  readonly cellLabel?: (row: Row) => string;
}

/** A row's own class and `data-*` attributes, for a page's styles and tests. */
export type RowAttributes = { readonly class?: string | undefined } & {
  readonly [data: `data-${string}`]: string | undefined;
};

export interface DataTableProps<Row> {
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string | number;
  /** Names the table and its scrolling region; read by screen readers only unless `captionVisible`. */
  readonly caption: string;
  readonly captionVisible?: boolean;
  /** Shown instead of the table when there are no rows; without it the table keeps its headers. */
  readonly empty?: string;
  readonly rowAttributes?: (row: Row) => RowAttributes;
  /** A last row under the body (a total), its cells by column key. */
  readonly footer?: Readonly<Record<string, ComponentChildren>>;
  /** The table's own class, for a page's layout of it (cards on a phone). */
  readonly class?: string;
}

function Cell<Row>({ column, label, children }: { column: Column<Row>; label?: string; children: ComponentChildren }) {
  const shared = { class: column.align === 'end' ? 'number' : undefined, 'data-label': column.header };
  return column.rowHeader ? (
    <th scope="row" aria-label={label} {...shared}>
      {children}
    </th>
  ) : (
    <td aria-label={label} {...shared}>
      {children}
    </td>
  );
}

/**
 * A table that scrolls sideways on a narrow phone: the scrolling region takes keyboard focus and is
 * named by the caption, so a keyboard user can scroll it too (axe: scrollable-region-focusable).
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { columns, rows, footer } = props;
  if (rows.length === 0 && props.empty !== undefined) return <p>{props.empty}</p>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll.
    <section class="table-wrap" tabIndex={0} aria-label={props.caption}>
      <table class={props.class}>
        <caption class={props.captionVisible ? undefined : 'visually-hidden'}>{props.caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" class={column.align === 'end' ? 'number' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={props.rowKey(row)} {...props.rowAttributes?.(row)}>
              {columns.map((column) => (
                <Cell key={column.key} column={column} label={column.cellLabel?.(row)}>
                  {column.cell(row)}
                </Cell>
              ))}
            </tr>
          ))}
        </tbody>
        {footer ? (
          <tfoot>
            <tr>
              {columns.map((column) => (
                <Cell key={column.key} column={column}>
                  {footer[column.key]}
                </Cell>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </section>
  );
}
