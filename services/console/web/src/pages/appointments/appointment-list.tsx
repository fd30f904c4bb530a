import { api, ok } from '../../api/clients.ts';
import type { QueryOf } from '../../api/query-types.ts';
import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { appointmentsMessages, postNames } from './appointments-messages.ts';

export type AppointmentLine = Awaited<ReturnType<typeof listAppointments>>[number];

/** The appointments by post and enterprise; an employer's token lists only its own, whatever it asks. */
export async function listAppointments(query: QueryOf<'talentRegistry', '/v1/appointments'>) {
  const answer = await ok(api.talentRegistry.GET('/v1/appointments', { params: { query } }));
  return answer.items;
}

/** Who holds the post as the API shows them: the name to the talent office, masked to the enterprise; erased, said so. */
export const holderOf = (line: AppointmentLine, erased: string): string => line.name ?? line.maskedName ?? erased;

function Basis({ line }: { line: AppointmentLine }) {
  const t = useMessages(appointmentsMessages);
  const { eligibility } = line;
  const overridden = eligibility.basis === 'override';
  return (
    <>
      {overridden ? <strong>{t.byOverride(String(eligibility.reason ?? ''))}</strong> : t.byRule}
      <br />
      <small>{eligibility.summary}</small>
    </>
  );
}

function Status({ line, onManage }: { line: AppointmentLine; onManage: (line: AppointmentLine) => void }) {
  const t = useMessages(appointmentsMessages);
  if (line.ended) return <span class="badge badge-bad">{t.ended(line.ended.endedOn, line.ended.reason)}</span>;
  return (
    <>
      <span class="badge badge-ok">{t.inPost}</span>{' '}
      <button type="button" class="secondary" onClick={() => onManage(line)}>
        {t.manage(holderOf(line, line.appointmentId))}
      </button>
    </>
  );
}

export function AppointmentList(props: {
  lines: readonly AppointmentLine[];
  onManage: (line: AppointmentLine) => void;
}) {
  const t = useMessages(appointmentsMessages);
  const posts = useMessages(postNames);
  const columns: readonly Column<AppointmentLine>[] = [
    { key: 'holder', header: t.holder, cell: (line) => holderOf(line, t.erased) },
    { key: 'post', header: t.post, cell: (line) => posts[line.post as keyof typeof posts] ?? line.post },
    { key: 'enterprise', header: t.enterprise, cell: (line) => line.employer.bodyName },
    { key: 'occupation', header: t.occupation, cell: (line) => line.occupationCode },
    { key: 'term', header: t.term, cell: (line) => `${line.termStart} – ${line.termEnd ?? t.openEnded}` },
    { key: 'basis', header: t.eligibility, cell: (line) => <Basis line={line} /> },
    { key: 'status', header: t.status, cell: (line) => <Status line={line} onManage={props.onManage} /> },
  ];
  return (
    <DataTable
      columns={columns}
      rows={props.lines}
      rowKey={(line) => line.appointmentId}
      caption={t.title}
      empty={t.none}
    />
  );
}
