import { findHonour, type honourCatalogue } from '@tianfu/contracts/forms';
import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { medalNames } from '../worker/worker-messages.ts';
import type { PoolWorker } from './pool-page-types.ts';
import { poolMessages } from './talent-pool-messages.ts';

type HonourCode = (typeof honourCatalogue)[number]['code'];

/** One page of matches; each name opens the worker's ladder. */
export function PoolTable({ items }: { items: readonly PoolWorker[] }) {
  const t = useMessages(poolMessages);
  const medals = useMessages(medalNames);
  const columns: readonly Column<PoolWorker>[] = [
    { key: 'name', header: t.name, cell: (w) => <a href={`/workers/${w.workerId}`}>{w.maskedName ?? t.unnamed}</a> },
    { key: 'region', header: t.region, cell: (w) => w.region?.name ?? '' },
    { key: 'highest', header: t.highest, cell: (w) => w.highest?.label ?? '' },
    {
      key: 'occupations',
      header: t.occupations,
      cell: (w) =>
        w.occupations.map((o) => (
          <div key={o.occupationCode}>
            {o.occupationName ?? o.occupationCode} · {o.label}
          </div>
        )),
    },
    {
      key: 'honoursMedals',
      header: t.honoursMedals,
      cell: (w) =>
        [...w.honours.map((h) => findHonour(h as HonourCode).name), ...w.medals.map((m) => medals[m])].join('、'),
    },
    { key: 'lastCertified', header: t.lastCertified, cell: (w) => w.lastCertifiedOn ?? '' },
  ];
  return (
    <DataTable
      columns={columns}
      rows={items}
      rowKey={(w) => w.workerId}
      caption={t.resultsCaption}
      empty={t.noResults}
      class="cards-on-phone"
    />
  );
}
