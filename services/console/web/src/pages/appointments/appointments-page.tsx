import { AppointedPostSchema } from '@tianfu/contracts/forms';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { queryValue } from '../../api/query-types.ts';
import { useSession } from '../../auth/session.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { FilterForm } from '../../ui/filter-form.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { AppointFormView } from './appoint-form.tsx';
import { type AppointmentLine, AppointmentList, listAppointments } from './appointment-list.tsx';
import { AppointmentManage, type ChangedAppointment } from './appointment-manage.tsx';
import { appointmentsMessages, postChoices, postNames } from './appointments-messages.ts';
import { EnterpriseField, useEnterprises } from './enterprise-field.tsx';
import './appointments.css';

/**
 * 特级技师 and 首席技师 appointments (企业自主评聘, docs/domain.md §1): the talent office's view of
 * every enterprise's, an employer's of its own; appoint, renew, end.
 */
export default function AppointmentsPage() {
  const t = useMessages(appointmentsMessages);
  const posts = useMessages(postNames);
  const { session } = useSession();
  const ownBodyId = session?.role === 'employer' ? (session.bodyId ?? '') : undefined;
  const enterprises = useEnterprises();
  const [post, setPost] = useState('');
  const [bodyId, setBodyId] = useState('');
  const [lines, setLines] = useState<readonly AppointmentLine[] | null>(null);
  const [managed, setManaged] = useState<AppointmentLine | null>(null);
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      setLines(await listAppointments({ post: queryValue(AppointedPostSchema, post), bodyId: bodyId || undefined }));
      setProblem(null);
    } catch (error) {
      setProblem(error);
    }
  }, [post, bodyId]);
  // The list loads once on opening; after that, when the user searches or changes an appointment.
  useEffect(() => void load(), []);
  // The registry's answer is the appointment as changed: its row shows it without reading the list again.
  const changed = (text: string, answer: ChangedAppointment) => {
    setManaged(null);
    setSaid(text);
    setLines(
      (shown) =>
        shown?.map((line) => (line.appointmentId === answer.appointmentId ? { ...line, ...answer } : line)) ?? null,
    );
  };
  return (
    <section aria-labelledby="appointments-title">
      <h1 id="appointments-title">{t.title}</h1>
      <p>{t.lead}</p>
      <FilterForm label={t.filters} submit={t.search} onSearch={() => void load()}>
        <SelectField label={t.post} value={post} onValue={setPost} anyLabel={t.anyPost} options={postChoices(posts)} />
        <EnterpriseField
          ownBodyId={ownBodyId}
          enterprises={enterprises}
          value={bodyId}
          onValue={setBodyId}
          noneLabel={t.anyEnterprise}
        />
      </FilterForm>
      <ProblemNotice error={problem} />
      {said ? <p role="status">{said}</p> : null}
      {lines === null ? null : (
        <AppointmentList
          lines={lines}
          onManage={(line) => {
            setSaid('');
            setManaged(line);
          }}
        />
      )}
      {managed === null ? null : (
        <AppointmentManage line={managed} onChanged={changed} onClose={() => setManaged(null)} />
      )}
      <AppointFormView ownBodyId={ownBodyId} onAppointed={() => void load()} />
    </section>
  );
}
