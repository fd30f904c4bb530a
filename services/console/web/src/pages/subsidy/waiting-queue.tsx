import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { budgetMessages } from './budget-messages.ts';
import { yuanText } from './money.ts';
import { subsidyKindNames } from './subsidy-names.ts';
import type { WaitingClaim, WaitingClaims } from './subsidy-types.ts';

/** The approved claims no batch holds yet, oldest claim first (FIFO), each paid by the money left or waiting for more. */
export function WaitingQueue({ waiting }: { waiting: WaitingClaims }) {
  const t = useMessages(budgetMessages);
  const kinds = useMessages(subsidyKindNames);
  const places = new Map(waiting.claims.map((c, i) => [c.claimId, i + 1]));
  const fits = waiting.claims.filter((c) => c.withinBudget).length;
  const columns: Column<WaitingClaim>[] = [
    { key: 'place', header: t.place, cell: (c) => String(places.get(c.claimId)), align: 'end' },
    { key: 'claimedOn', header: t.claimedOn, cell: (c) => c.claimedOn, rowHeader: true },
    { key: 'approvedOn', header: t.approvedOn, cell: (c) => c.approvedOn },
    { key: 'kind', header: t.kind, cell: (c) => kinds[c.kind] },
    { key: 'claim', header: t.claimId, cell: (c) => <code>{c.claimId}</code> },
    { key: 'amount', header: t.queueAmount, cell: (c) => yuanText(c.amountFen), align: 'end' },
    {
      key: 'standing',
      header: t.standing,
      cell: (c) =>
        c.withinBudget ? (
          <span class="badge badge-ok">{t.fits}</span>
        ) : (
          <span class="badge badge-warn">{t.waitsForBudget}</span>
        ),
    },
  ];
  return (
    <section aria-labelledby="queue-title" class="waiting-queue">
      <h2 id="queue-title">{t.queueTitle}</h2>
      <p class="field-hint">{t.queueLead}</p>
      {waiting.claims.length === 0 ? null : <p>{t.queueSummary(fits, waiting.claims.length - fits)}</p>}
      <DataTable
        class="queue cards-on-phone"
        columns={columns}
        rows={waiting.claims}
        rowKey={(c) => c.claimId}
        caption={t.queueTitle}
        empty={t.noQueue}
        rowAttributes={(c) => ({ 'data-within-budget': String(c.withinBudget) })}
      />
    </section>
  );
}
