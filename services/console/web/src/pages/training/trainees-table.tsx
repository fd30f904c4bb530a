import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { attendancePercent } from './roster-figures.ts';
import { rosterMessages } from './roster-messages.ts';
import type { Enrollee } from './training-api.ts';
import { nameOf, targetGroupNames } from './training-names.ts';

/** A class's trainees as the API gives them (masked number, name opened or erased), with attendance and outcome. */
export function TraineesTable(props: { trainees: readonly Enrollee[]; totalHours: number }) {
  const t = useMessages(rosterMessages);
  const groups = useMessages(targetGroupNames);
  const outcome = (e: Enrollee) =>
    e.outcome === null ? (
      t.pending
    ) : e.outcome.completed ? (
      <span class="badge badge-ok">{t.completed}</span>
    ) : (
      <span class="badge badge-bad">{t.notCompleted}</span>
    );
  const columns: readonly Column<Enrollee>[] = [
    { key: 'name', header: t.name, rowHeader: true, cell: (e) => e.name ?? t.erased },
    { key: 'idNumber', header: t.idNumber, cell: (e) => e.maskedIdNumber ?? t.erased },
    {
      key: 'groups',
      header: t.groups,
      cell: (e) => (e.targetGroups === null ? t.erased : e.targetGroups.map((g) => nameOf(groups, g)).join('、')),
    },
    { key: 'voucher', header: t.voucher, cell: (e) => e.voucherId ?? '—' },
    { key: 'attended', header: t.attended, align: 'end', cell: (e) => e.attendedHours },
    {
      key: 'share',
      header: t.share,
      align: 'end',
      cell: (e) => `${attendancePercent(e.attendedHours, props.totalHours)}%`,
    },
    { key: 'outcome', header: t.outcome, cell: outcome },
  ];
  return (
    <DataTable
      columns={columns}
      rows={props.trainees}
      rowKey={(e) => e.enrolmentId}
      caption={t.traineesCaption}
      empty={t.noTrainees}
      rowAttributes={(e) => ({ 'data-outcome': e.outcome === null ? 'pending' : String(e.outcome.completed) })}
    />
  );
}
