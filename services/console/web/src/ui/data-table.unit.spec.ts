import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { type Column, DataTable, type DataTableProps } from './data-table.tsx';

interface Year {
  readonly year: number;
  readonly count: number;
}

const columns: readonly Column<Year>[] = [
  { key: 'year', header: '年份', cell: (row) => row.year, rowHeader: true, cellLabel: (row) => `${row.year} 年` },
  { key: 'count', header: '人数', cell: (row) => row.count, align: 'end' },
];

const render = (props: Partial<DataTableProps<Year>>) =>
  renderToString(h(DataTable<Year>, { columns, rows: [], rowKey: (row) => row.year, caption: '各年人数', ...props }));

describe('DataTable', () => {
  it('given rows, when drawn, then a named keyboard-scrollable region holds a header row and a row each', () => {
    const html = render({ rows: [{ year: 2024, count: 7 }] });
    expect(html).toMatch(/^<section class="table-wrap" tabindex="0" aria-label="各年人数">/);
    expect(html).toContain('<caption class="visually-hidden">各年人数</caption>');
    expect(html).toContain('<th scope="col">年份</th><th scope="col" class="number">人数</th>');
    expect(html).toContain(
      '<tr><th scope="row" aria-label="2024 年" data-label="年份">2024</th><td class="number" data-label="人数">7</td></tr>',
    );
  });

  it('given no rows and an empty text, when drawn, then the text stands instead of the table', () => {
    expect(render({ empty: '没有记录' })).toBe('<p>没有记录</p>');
  });

  it('given no rows and no empty text, when drawn, then the table keeps its headers and an empty body', () => {
    expect(render({})).toContain('<tbody></tbody>');
  });

  it('given a visible caption, row attributes and a footer, when drawn, then each lands on its element', () => {
    const html = render({
      rows: [{ year: 2023, count: 2 }],
      captionVisible: true,
      class: 'year-table',
      rowAttributes: (row) => ({ class: row.count < 5 ? 'few' : undefined, 'data-year': String(row.year) }),
      footer: { year: '合计', count: 2 },
    });
    expect(html).toContain('<table class="year-table"><caption>各年人数</caption>');
    expect(html).toContain('<tr class="few" data-year="2023">');
    expect(html).toContain(
      '<tfoot><tr><th scope="row" data-label="年份">合计</th><td class="number" data-label="人数">2</td></tr></tfoot>',
    );
  });
});
