import './training.css';
import { ReasonSchema } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { api, isApiProblem, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { officeMessages } from './office-messages.ts';
import { type ProviderRecord, providerPath } from './training-api.ts';

type Step = 'suspend' | 'reinstate' | 'remove';

/** What may follow each status (进入退出, docs/domain.md §7.1): removal is final. */
const stepsFrom: Readonly<Record<ProviderRecord['status'], readonly Step[]>> = {
  listed: ['suspend', 'remove'],
  suspended: ['reinstate', 'remove'],
  removed: [],
};

const run = (step: Step, providerId: string, reason: string) => {
  const init = { ...providerPath(providerId), body: { reason } };
  if (step === 'suspend') return ok(api.training.POST('/v1/providers/{providerId}/suspend', init));
  if (step === 'reinstate') return ok(api.training.POST('/v1/providers/{providerId}/reinstate', init));
  return ok(api.training.POST('/v1/providers/{providerId}/remove', init));
};

/** Suspending, reinstating or removing a provider: a reason, checked as the API checks it, then a confirmation. */
export function ProviderSupervision(props: { record: ProviderRecord; onChanged: (record: ProviderRecord) => void }) {
  const t = useMessages(officeMessages);
  const { record } = props;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [asked, setAsked] = useState<Step | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const steps = stepsFrom[record.status];
  if (steps.length === 0) return <p class="notice">{t.removedNotice}</p>;
  const ask = (step: Step) => {
    const checked = ReasonSchema.safeParse(reason);
    if (!checked.success) return setError(checked.error.issues[0]?.message);
    setError(undefined);
    setAsked(step);
  };
  const confirm = async (step: Step) => {
    setAsked(null);
    setProblem(null);
    try {
      props.onChanged(await run(step, record.providerId, reason.trim()));
      setReason('');
    } catch (failure) {
      setProblem(failure);
      setError(isApiProblem(failure) ? failure.errors.find((e) => e.field.endsWith('reason'))?.message : undefined);
    }
  };
  return (
    <section class="form" aria-labelledby="supervision-title">
      <h2 id="supervision-title">{t.supervisionTitle}</h2>
      <TextField label={t.reason} value={reason} onValue={setReason} error={error} required />
      <ProblemNotice error={problem} />
      <div class="action-row">
        {steps.map((step) => (
          <button
            key={step}
            type="button"
            class={step === 'reinstate' ? 'secondary' : 'danger'}
            onClick={() => ask(step)}
          >
            {t[step]}
          </button>
        ))}
      </div>
      <ConfirmDialog
        open={asked !== null}
        title={asked === null ? '' : t.confirmTitle(t[asked], record.name)}
        confirm={asked === null ? '' : t[asked]}
        cancel={t.cancel}
        onConfirm={() => asked !== null && void confirm(asked)}
        onCancel={() => setAsked(null)}
      >
        {asked === null ? null : <p>{t[`${asked}Lead`]}</p>}
        <p>{t.confirmReason(reason.trim())}</p>
      </ConfirmDialog>
    </section>
  );
}
