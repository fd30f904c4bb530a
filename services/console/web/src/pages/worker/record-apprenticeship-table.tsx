import { skillLevel } from '@tianfu/contracts/forms';
import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import type { ApprenticeshipEntry } from './record-types.ts';
import { recordMessages, terminationReasonNames } from './training-record-messages.ts';

/** Where the apprenticeship stands: in training until its planned end, completed, or terminated and why. */
function ApprenticeshipStatus({ entry }: { entry: ApprenticeshipEntry }) {
  const t = useMessages(recordMessages);
  const reasons = useMessages(terminationReasonNames);
  if (entry.status === 'active' || entry.endedOn === null)
    return (
      <>
        {t.active}
        <div>{t.plannedEnd(entry.plannedEndOn)}</div>
      </>
    );
  if (entry.status === 'completed') return <span class="badge badge-ok">{t.apprenticeCompleted(entry.endedOn)}</span>;
  return (
    <>
      <span class="badge badge-bad">{t.terminated(entry.endedOn)}</span>
      {entry.endReasonCode ? <div>{reasons[entry.endReasonCode]}</div> : null}
    </>
  );
}

/** The apprenticeships of the record (企业新型学徒制): occupation and level, employer, provider, term, hours. */
export function RecordApprenticeshipTable({ entries }: { entries: readonly ApprenticeshipEntry[] }) {
  const t = useMessages(recordMessages);
  const columns: readonly Column<ApprenticeshipEntry>[] = [
    {
      key: 'occupation',
      header: t.occupation,
      rowHeader: true,
      cell: (a) => `${a.occupationName ?? a.occupationCode} · ${skillLevel(a.targetLevel).label}`,
    },
    { key: 'employer', header: t.employer, cell: (a) => a.employer.name },
    { key: 'provider', header: t.provider, cell: (a) => a.provider?.name ?? t.notYetKnown },
    { key: 'dates', header: t.dates, cell: (a) => `${a.startsOn} – ${a.endedOn ?? a.plannedEndOn}` },
    { key: 'hours', header: t.hours, align: 'end', cell: (a) => a.trainedHours },
    { key: 'status', header: t.status, cell: (a) => <ApprenticeshipStatus entry={a} /> },
  ];
  return (
    <DataTable
      columns={columns}
      rows={entries}
      rowKey={(a) => a.apprenticeshipId}
      caption={t.apprenticeships}
      captionVisible
      empty={t.apprenticeshipsNone}
      class="cards-on-phone"
    />
  );
}
