import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { budgetMessages } from './budget-messages.ts';
import { yuanText } from './money.ts';
import { subsidyKindNames } from './subsidy-names.ts';
import type { MonthTotals, RegionTotals } from './subsidy-types.ts';

type Money = Pick<MonthTotals, 'approvedClaims' | 'approvedFen' | 'paidFen' | 'clawedBackFen'>;

const sum = (rows: readonly Money[]): Money => ({
  approvedClaims: rows.reduce((n, r) => n + r.approvedClaims, 0),
  approvedFen: rows.reduce((n, r) => n + r.approvedFen, 0),
  paidFen: rows.reduce((n, r) => n + r.paidFen, 0),
  clawedBackFen: rows.reduce((n, r) => n + r.clawedBackFen, 0),
});

/** The money columns every row shows: approved (count and yuan), paid, clawed back, paid net of clawbacks. */
function useMoneyColumns<Row extends Money>(): Column<Row>[] {
  const t = useMessages(budgetMessages);
  return [
    { key: 'approvedClaims', header: t.approvedClaims, cell: (r) => String(r.approvedClaims), align: 'end' },
    { key: 'approved', header: t.approved, cell: (r) => yuanText(r.approvedFen), align: 'end' },
    { key: 'paid', header: t.paid, cell: (r) => yuanText(r.paidFen), align: 'end' },
    { key: 'clawedBack', header: t.clawedBack, cell: (r) => yuanText(r.clawedBackFen), align: 'end' },
    { key: 'net', header: t.net, cell: (r) => yuanText(r.paidFen - r.clawedBackFen), align: 'end' },
  ];
}

/** The footer of a money table: the year's totals under each money column. */
function totalsFooter(first: string, label: string, total: Money) {
  return {
    [first]: label,
    approvedClaims: String(total.approvedClaims),
    approved: yuanText(total.approvedFen),
    paid: yuanText(total.paidFen),
    clawedBack: yuanText(total.clawedBackFen),
    net: yuanText(total.paidFen - total.clawedBackFen),
  };
}

/** A region's year by kind of subsidy, with the year's total. */
export function MoneyByKind({ totals }: { totals: RegionTotals }) {
  const t = useMessages(budgetMessages);
  const kinds = useMessages(subsidyKindNames);
  const money = useMoneyColumns<Money & { kind: MonthTotals['kind'] }>();
  const byKind = [...new Set(totals.months.map((m) => m.kind))].map((kind) => ({
    kind,
    ...sum(totals.months.filter((m) => m.kind === kind)),
  }));
  return (
    <DataTable
      class="money-by-kind cards-on-phone"
      columns={[{ key: 'kind', header: t.kind, cell: (r) => kinds[r.kind], rowHeader: true }, ...money]}
      rows={byKind}
      rowKey={(r) => r.kind}
      caption={t.byKindTitle}
      captionVisible
      rowAttributes={(r) => ({ 'data-kind': r.kind })}
      footer={totalsFooter('kind', t.total, sum(byKind))}
    />
  );
}

/** A region's year month by month (of approval) and kind. */
export function MoneyByMonth({ totals }: { totals: RegionTotals }) {
  const t = useMessages(budgetMessages);
  const kinds = useMessages(subsidyKindNames);
  const money = useMoneyColumns<MonthTotals>();
  return (
    <DataTable
      class="money-by-month cards-on-phone"
      columns={[
        { key: 'month', header: t.month, cell: (r) => r.month, rowHeader: true },
        { key: 'kind', header: t.kind, cell: (r) => kinds[r.kind] },
        ...money,
      ]}
      rows={totals.months}
      rowKey={(r) => `${r.month}-${r.kind}`}
      caption={t.byMonthTitle}
      captionVisible
      rowAttributes={(r) => ({ 'data-month': r.month, 'data-kind': r.kind })}
    />
  );
}
