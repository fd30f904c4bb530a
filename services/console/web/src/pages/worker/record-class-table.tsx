import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import type { ClassEntry } from './record-types.ts';
import { recordMessages } from './training-record-messages.ts';

/** What became of the class for the worker: in progress, or completed or not with the hours counted. */
function ClassResult({ entry }: { entry: ClassEntry }) {
  const t = useMessages(recordMessages);
  if (entry.result === 'in-progress' || entry.completedOn === null) return <>{t.inProgress}</>;
  const completed = entry.result === 'completed';
  return (
    <>
      <span class={completed ? 'badge badge-ok' : 'badge badge-bad'}>
        {completed ? t.completed(entry.completedOn) : t.notCompleted(entry.completedOn)}
      </span>
      {entry.attendedHours === null ? null : <div>{t.attended(entry.attendedHours, entry.class?.hours ?? null)}</div>}
      {entry.certificateNo ? <div>{t.certificate(entry.certificateNo)}</div> : null}
    </>
  );
}

/** The classes of the record: what was trained, by whom, when, how long and with what result. */
export function RecordClassTable({ entries }: { entries: readonly ClassEntry[] }) {
  const t = useMessages(recordMessages);
  const columns: readonly Column<ClassEntry>[] = [
    {
      key: 'training',
      header: t.training,
      rowHeader: true,
      cell: (e) =>
        e.class === null ? e.classId : `${e.class.name}${e.class.itemName ? ` · ${e.class.itemName}` : ''}`,
    },
    { key: 'provider', header: t.provider, cell: (e) => e.provider?.name ?? t.notYetKnown },
    {
      key: 'dates',
      header: t.dates,
      cell: (e) => (e.class ? `${e.class.firstDay} – ${e.class.lastDay}` : e.enrolledOn),
    },
    { key: 'hours', header: t.hours, align: 'end', cell: (e) => e.class?.hours ?? '' },
    { key: 'result', header: t.result, cell: (e) => <ClassResult entry={e} /> },
  ];
  return (
    <DataTable
      columns={columns}
      rows={entries}
      rowKey={(e) => `${e.classId}/${e.enrolmentId}`}
      caption={t.classes}
      captionVisible
      empty={t.classesNone}
      class="cards-on-phone"
    />
  );
}
