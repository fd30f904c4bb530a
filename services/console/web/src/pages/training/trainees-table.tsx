import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { againstRule, attendancePercent } from './roster-figures.ts';
import { rosterMessages } from './roster-messages.ts';
import type { Enrollee } from './training-api.ts';
import { nameOf, targetGroupNames } from './training-names.ts';

type RosterTexts = (typeof rosterMessages)['zh'];

/** How each trainee's attended hours stand against the rule's share of the class's hours. */
function ruleColumn(t: RosterTexts, minShare: number, totalHours: number): Column<Enrollee> {
  const percent = Math.round(minShare * 100);
  return {
    key: 'againstRule',
    header: t.againstRule,
    cell: (e) => {
      const { meets, shortHours } = againstRule(e.attendedHours, totalHours, minShare);
      return meets ? (
        <span class="badge badge-ok">{t.meetsRule(percent)}</span>
      ) : (
        <span class="badge badge-bad">{t.shortOfRule(shortHours, percent)}</span>
      );
    },
  };
}

/**
 * A class's trainees as the API gives them (masked number, name opened or erased), with attendance,
 * where it stands against the class's completion rule (`minShare`, null when none applies) and outcome.
 */
export function TraineesTable(props: { trainees: readonly Enrollee[]; totalHours: number; minShare: number | null }) {
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
    ...(props.minShare === null ? [] : [ruleColumn(t, props.minShare, props.totalHours)]),
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
      class="cards-on-phone"
    />
  );
}
