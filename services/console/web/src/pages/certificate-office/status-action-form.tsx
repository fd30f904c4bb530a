import { ReasonSchema } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { api, isApiProblem, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { Field } from '../../ui/field.tsx';
import { problemFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { officeMessages, reasonMessages, statusMessages } from './office-messages.ts';
import { actionsFor, type OfficeCertificate, type StatusAction } from './office-types.ts';

const REASONS = ['fraud', 'issued-in-error', 'outcome-superseded', 'other'] as const;
type Reason = (typeof REASONS)[number];

function send(certificateNo: string, action: StatusAction, note: string, reason: Reason) {
  const params = { path: { certificateNo } };
  const body = { note };
  const { certification } = api;
  switch (action) {
    case 'revoke':
      return ok(certification.POST('/v1/certificates/{certificateNo}/revoke', { params, body: { reason, note } }));
    case 'suspend':
      return ok(certification.POST('/v1/certificates/{certificateNo}/suspend', { params, body }));
    case 'reinstate':
      return ok(certification.POST('/v1/certificates/{certificateNo}/reinstate', { params, body }));
    case 'reissue':
      return ok(certification.POST('/v1/certificates/{certificateNo}/reissue', { params, body }));
  }
}

/** A status change in two steps: the action and its reason, then a confirmation; the result is announced. */
export function StatusActionForm({
  certificate,
  onChanged,
}: {
  certificate: OfficeCertificate;
  onChanged: (changed: Omit<OfficeCertificate, 'holderName'>) => void;
}) {
  const t = useMessages(officeMessages);
  const reasons = useMessages(reasonMessages);
  const statuses = useMessages(statusMessages);
  const actions = actionsFor(certificate.status);
  const [action, setAction] = useState<StatusAction>(actions[0] ?? 'revoke');
  const [reason, setReason] = useState<Reason>('fraud');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  if (actions.length === 0) return done ? <p role="status">{done}</p> : null;

  const review = (event: Event) => {
    event.preventDefault();
    const checked = ReasonSchema.safeParse(note);
    if (!checked.success) return setErrors({ note: checked.error.issues[0]?.message ?? '' });
    setErrors({});
    setDone(null);
    setConfirming(true);
  };
  const confirm = async () => {
    setFailure(null);
    try {
      const changed = await send(certificate.certificateNo, action, note, reason);
      setConfirming(false);
      setNote('');
      setDone(t.done(t[action], statuses[changed.status]));
      onChanged(changed);
    } catch (error) {
      setConfirming(false);
      setFailure(error);
      if (isApiProblem(error)) setErrors(problemFieldErrors(error));
    }
  };

  return (
    <div>
      {done ? (
        <p role="status" class="notice">
          {done}
        </p>
      ) : null}
      <form class="form" onSubmit={review} aria-labelledby="action-title">
        <h2 id="action-title">{t.changeStatus}</h2>
        <SelectField
          label={t.action}
          value={action}
          onValue={(value) => setAction(value as StatusAction)}
          options={actions.map((a) => [a, t[a]])}
        />
        {action === 'revoke' ? (
          <SelectField
            label={t.reason}
            value={reason}
            onValue={(value) => setReason(value as Reason)}
            options={REASONS.map((r) => [r, reasons[r]])}
          />
        ) : null}
        <Field id="office-note" label={t.note} hint={t.noteHint} error={errors.note}>
          {(control) => <textarea {...control} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />}
        </Field>
        {confirming ? null : (
          <button type="submit" class={action === 'revoke' ? 'danger' : 'primary'}>
            {t.next}
          </button>
        )}
      </form>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text" class="notice">
          <h2 id="confirm-title">{t.confirmTitle}</h2>
          <p id="confirm-text">
            {t.confirm(t[action], certificate.certificateNo)} {action === 'revoke' ? t.finalWarning : ''}
          </p>
          <button type="button" class={action === 'revoke' ? 'danger' : 'primary'} onClick={confirm}>
            {t.confirmButton}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            {t.cancel}
          </button>
        </div>
      ) : null}
      <ProblemNotice error={failure} />
    </div>
  );
}
