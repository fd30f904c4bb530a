import { EndSchema, RenewSchema } from '@tianfu/contracts/forms';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ApiProblem, api, isApiProblem, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { problemFieldErrors, zodFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { appointRefusal } from './appoint-refusal.ts';
import { type AppointmentLine, holderOf } from './appointment-list.tsx';
import { appointmentsMessages } from './appointments-messages.ts';

/** The appointment as the registry answered a change: the row shows it at once. */
export type ChangedAppointment = Omit<AppointmentLine, 'name' | 'maskedName'>;

/** A change's outcome: the fields it broke, the refusal, or done. */
function useChange(errorsOf: (problem: ApiProblem) => Record<string, string> = problemFieldErrors) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const run = async (send: () => Promise<ChangedAppointment>, onDone: (answer: ChangedAppointment) => void) => {
    try {
      const answer = await send();
      setErrors({});
      setProblem(null);
      onDone(answer);
    } catch (error) {
      setProblem(error);
      setErrors(isApiProblem(error) ? errorsOf(error) : {});
    }
  };
  return { errors, setErrors, problem, setProblem, run };
}

const path = (line: AppointmentLine) => ({ path: { appointmentId: line.appointmentId } });

function RenewForm({
  line,
  onChanged,
}: {
  line: AppointmentLine;
  onChanged: (said: string, answer: ChangedAppointment) => void;
}) {
  const t = useMessages(appointmentsMessages);
  const [termEnd, setTermEnd] = useState(line.termEnd ?? '');
  const change = useChange((problem) => appointRefusal(problem, line.post, t));
  const submit = (event: Event) => {
    event.preventDefault();
    const checked = RenewSchema.safeParse({ termEnd: termEnd === '' ? null : termEnd });
    if (!checked.success) return change.setErrors(zodFieldErrors(checked.error));
    const send = () =>
      ok(api.talentRegistry.POST('/v1/appointments/{appointmentId}/renew', { params: path(line), body: checked.data }));
    void change.run(send, (answer) => onChanged(t.renewed, answer));
  };
  return (
    <form class="form" onSubmit={submit} aria-label={t.renewTitle} noValidate>
      <h3>{t.renewTitle}</h3>
      <TextField
        label={t.newTermEnd}
        hint={t.newTermEndHint}
        type="date"
        value={termEnd}
        onValue={setTermEnd}
        error={change.errors.termEnd}
      />
      <ProblemNotice error={change.problem} />
      <button type="submit" class="secondary">
        {t.renew}
      </button>
    </form>
  );
}

function EndForm({
  line,
  onChanged,
}: {
  line: AppointmentLine;
  onChanged: (said: string, answer: ChangedAppointment) => void;
}) {
  const t = useMessages(appointmentsMessages);
  const [endedOn, setEndedOn] = useState('');
  const [reason, setReason] = useState('');
  const change = useChange();
  const submit = (event: Event) => {
    event.preventDefault();
    const checked = EndSchema.safeParse({ endedOn, reason });
    if (!checked.success) return change.setErrors(zodFieldErrors(checked.error));
    const send = () =>
      ok(api.talentRegistry.POST('/v1/appointments/{appointmentId}/end', { params: path(line), body: checked.data }));
    void change.run(send, (answer) => onChanged(t.endedDone, answer));
  };
  return (
    <form class="form" onSubmit={submit} aria-label={t.endTitle} noValidate>
      <h3>{t.endTitle}</h3>
      <TextField label={t.endedOn} type="date" value={endedOn} onValue={setEndedOn} error={change.errors.endedOn} />
      <TextField label={t.reason} value={reason} onValue={setReason} error={change.errors.reason} />
      <ProblemNotice error={change.problem} />
      <button type="submit" class="danger">
        {t.end}
      </button>
    </form>
  );
}

/** Renewing or ending one appointment in post; the heading takes the focus when it opens. */
export function AppointmentManage(props: {
  line: AppointmentLine;
  onChanged: (said: string, answer: ChangedAppointment) => void;
  onClose: () => void;
}) {
  const t = useMessages(appointmentsMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [props.line.appointmentId]);
  return (
    <section class="manage-panel" aria-labelledby="manage-title">
      <h2 id="manage-title" tabIndex={-1} ref={heading}>
        {t.manage(holderOf(props.line, props.line.appointmentId))}
      </h2>
      <RenewForm key={`renew-${props.line.appointmentId}`} line={props.line} onChanged={props.onChanged} />
      <EndForm key={`end-${props.line.appointmentId}`} line={props.line} onChanged={props.onChanged} />
      <button type="button" class="secondary" onClick={props.onClose}>
        {t.close}
      </button>
    </section>
  );
}
