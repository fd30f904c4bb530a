import { useMessages } from '../../i18n/messages.ts';
import { chinaMinute } from '../../ui/china-time.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { classMessages } from './class-messages.ts';
import { rosterMessages } from './roster-messages.ts';
import { type SittingRow, sittingRows } from './sitting-attendance.ts';
import type { ClassRecord, Enrollee } from './training-api.ts';

/** Each dated sitting: who signed in, the hours it counts for each of them, and in all (docs/domain.md §7.4). */
export function SittingAttendanceTable(props: { record: ClassRecord; trainees: readonly Enrollee[] }) {
  const t = useMessages(rosterMessages);
  const c = useMessages(classMessages);
  const enrolled = props.trainees.length;
  const columns: readonly Column<SittingRow>[] = [
    { key: 'sittingId', header: t.sittingId, rowHeader: true, cell: (r) => r.sitting.sittingId },
    { key: 'date', header: c.date, cell: (r) => `${r.sitting.date} ${r.sitting.start}–${r.sitting.end}` },
    {
      key: 'planned',
      header: t.plannedHours,
      align: 'end',
      cell: (r) => r.sitting.theoryHours + r.sitting.practicalHours,
    },
    { key: 'count', header: t.signedInCount, align: 'end', cell: (r) => t.presentOf(r.present.length, enrolled) },
    {
      key: 'who',
      header: t.signedInWho,
      cell: (r) =>
        r.present.length === 0 ? (
          t.nobody
        ) : (
          <ul class="present-list">
            {r.present.map((p) => (
              <li key={p.enrolmentId}>
                {p.name ?? t.erased} · {t.hoursOf(p.hours)}
                {p.signedAt === null ? null : (
                  <>
                    {' · '}
                    <time dateTime={p.signedAt}>{chinaMinute(p.signedAt).slice(11)}</time>
                  </>
                )}
              </li>
            ))}
          </ul>
        ),
    },
    { key: 'counted', header: t.countedHours, align: 'end', cell: (r) => r.countedHours },
  ];
  return (
    <DataTable
      columns={columns}
      rows={sittingRows(props.record.sittings, props.trainees)}
      rowKey={(r) => r.sitting.sittingId}
      caption={t.perSittingCaption}
      class="cards-on-phone"
      rowAttributes={(r) => ({ 'data-sitting': r.sitting.sittingId })}
    />
  );
}
