import { ReasonSchema } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { isApiProblem } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { adminMessages } from './admin-messages.ts';

interface ReasonActionProps {
  /** The button's text: suspend, reinstate, withdraw. */
  readonly action: string;
  readonly danger?: boolean;
  readonly run: (reason: string) => Promise<unknown>;
}

/** A supervision step that needs its reason (docs/domain.md §2.1): checked as the API checks it. */
export function ReasonAction({ action, danger = false, run }: ReasonActionProps) {
  const t = useMessages(adminMessages);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [refusal, setRefusal] = useState<unknown>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = ReasonSchema.safeParse(reason);
    if (!checked.success) return setError(checked.error.issues[0]?.message);
    try {
      await run(checked.data);
      setReason('');
      setError(undefined);
      setRefusal(null);
    } catch (failure) {
      setError(isApiProblem(failure) ? failure.errors.find((e) => e.field.endsWith('reason'))?.message : undefined);
      setRefusal(failure);
    }
  };
  return (
    <form class="form" onSubmit={submit} noValidate aria-label={action}>
      <TextField label={`${t.reason}（${action}）`} value={reason} onValue={setReason} error={error} required />
      <ProblemNotice error={refusal} />
      <button type="submit" class={danger ? 'danger' : 'secondary'}>
        {action}
      </button>
    </form>
  );
}
