import { AppointSchema } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { api, isApiProblem, ok } from '../../api/clients.ts';
import { newRequestId } from '../../api/request-id.ts';
import { useMessages } from '../../i18n/messages.ts';
import { CheckField } from '../../ui/check-field.tsx';
import { zodFieldErrors } from '../../ui/field-errors.ts';
import { OccupationPicker } from '../../ui/occupation-picker.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { appointRefusal, mayBeOverridden } from './appoint-refusal.ts';
import { type AppointForm, appointRequest } from './appoint-request.ts';
import { appointmentsMessages, postChoices, postNames } from './appointments-messages.ts';
import { EnterpriseField, useEnterprises } from './enterprise-field.tsx';

const empty: AppointForm = {
  idNumber: '',
  name: '',
  post: 'principal-technician',
  bodyId: '',
  occupationCode: '',
  workType: '',
  termStart: '',
  termEnd: '',
  declared: false,
  overrideReason: '',
};

/**
 * 特级技师 / 首席技师 appointment by the worker's ID number and name, checked with the API's own
 * schema; a refused rule is explained at the field it concerns, and the talent office (never the
 * enterprise) may then appoint with a reason for the override.
 */
export function AppointFormView({
  ownBodyId,
  onAppointed,
}: {
  ownBodyId: string | undefined;
  onAppointed: () => void;
}) {
  const t = useMessages(appointmentsMessages);
  const posts = useMessages(postNames);
  const enterprises = useEnterprises();
  const [form, setForm] = useState<AppointForm>(empty);
  const [appointmentId, setAppointmentId] = useState(() => newRequestId('appt'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState('');
  // One request at a time: a second click while the first is on its way sends nothing.
  const [busy, setBusy] = useState(false);
  const set =
    <K extends keyof AppointForm>(key: K) =>
    (value: AppointForm[K]) =>
      setForm({ ...form, [key]: value });
  const mayOverride = ownBodyId === undefined && (mayBeOverridden(problem) || form.overrideReason !== '');
  const submit = async (event: Event) => {
    event.preventDefault();
    setDone('');
    setProblem(null);
    if (ownBodyId === undefined && form.bodyId === '') return setErrors({ 'employer.bodyId': t.pickEnterprise });
    const checked = AppointSchema.safeParse(appointRequest(form, appointmentId, ownBodyId));
    if (!checked.success) return setErrors(zodFieldErrors(checked.error));
    setBusy(true);
    try {
      await ok(api.talentRegistry.POST('/v1/appointments', { body: checked.data }));
      setErrors({});
      setDone(t.appointed(form.name));
      setForm(empty);
      setAppointmentId(newRequestId('appt'));
      onAppointed();
    } catch (error) {
      setProblem(error);
      setErrors(isApiProblem(error) ? appointRefusal(error, form.post, t) : {});
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form" onSubmit={submit} aria-labelledby="appoint-title" noValidate>
      <h2 id="appoint-title">{t.appointTitle}</h2>
      <TextField
        label={t.idNumber}
        value={form.idNumber}
        onValue={set('idNumber')}
        error={errors['document.idNumber']}
        autoComplete="off"
        maxLength={18}
      />
      <TextField label={t.name} value={form.name} onValue={set('name')} error={errors.name} autoComplete="off" />
      <SelectField
        label={t.post}
        value={form.post}
        onValue={(post) => set('post')(post as AppointForm['post'])}
        options={postChoices(posts)}
        error={errors.post}
      />
      <EnterpriseField
        ownBodyId={ownBodyId}
        enterprises={enterprises}
        value={form.bodyId}
        onValue={set('bodyId')}
        noneLabel="—"
        hint={t.enterpriseHint}
        error={errors['employer.bodyId']}
      />
      <OccupationPicker
        label={t.occupation}
        hint={t.occupationHint}
        value={form.occupationCode}
        onValue={set('occupationCode')}
        error={errors.occupationCode}
      />
      <TextField label={t.workType} value={form.workType} onValue={set('workType')} error={errors.workType} />
      <TextField
        label={t.termStart}
        type="date"
        value={form.termStart}
        onValue={set('termStart')}
        error={errors.termStart}
      />
      <TextField
        label={t.termEnd}
        hint={t.termEndHint}
        type="date"
        value={form.termEnd}
        onValue={set('termEnd')}
        error={errors.termEnd}
      />
      <CheckField
        label={form.post === 'principal-technician' ? t.declaredLevel1 : t.declaredPrincipal}
        checked={form.declared}
        onChecked={set('declared')}
      />
      {mayOverride ? (
        <TextField
          label={t.overrideReason}
          hint={t.overrideHint}
          value={form.overrideReason}
          onValue={set('overrideReason')}
          error={errors.overrideReason}
        />
      ) : null}
      <ProblemNotice error={problem} />
      {errors.appointmentId ? <p class="notice">{errors.appointmentId}</p> : null}
      {done ? <p role="status">{done}</p> : null}
      <button type="submit" class="primary" disabled={busy}>
        {t.appoint}
      </button>
    </form>
  );
}
