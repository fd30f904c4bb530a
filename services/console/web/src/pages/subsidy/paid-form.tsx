import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages.ts';
import { chinaDay } from '../../ui/china-time.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { problemFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { yuanText } from './money.ts';
import { confirmPaid } from './payment-api.ts';
import { paymentsMessages } from './payments-messages.ts';
import type { Batch } from './subsidy-types.ts';

/**
 * The bank's confirmation that a batch was paid, asked once more. Idempotent (docs/domain.md §7.11):
 * a batch confirmed before answers with its first day, and the page says nothing changed.
 */
export function PaidForm({ batch, onPaid }: { batch: Batch; onPaid: (batch: Batch) => void }) {
  const t = useMessages(paymentsMessages);
  const [paidOn, setPaidOn] = useState(chinaDay(new Date().toISOString()));
  const [error, setError] = useState<string | undefined>(undefined);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<{ text: string; changed: boolean } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    setNotice(null);
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(paidOn);
    setError(valid ? undefined : t.dayRequired);
    setAsking(valid);
  };
  const send = async () => {
    setAsking(false);
    const before = batch.paidOn;
    try {
      const after = await confirmPaid(batch.batchId, paidOn);
      const amount = yuanText(after.totalFen);
      setNotice(
        before === null
          ? { text: t.paidNotice(after.lines.length, amount, after.paidOn ?? paidOn), changed: true }
          : { text: t.paidUnchanged(after.paidOn ?? before), changed: false },
      );
      setProblem(null);
      onPaid(after);
    } catch (refusal) {
      setError(problemFieldErrors(refusal).paidOn);
      setProblem(refusal);
    }
  };
  return (
    <form class="form paid" onSubmit={submit} noValidate aria-labelledby="paid-title">
      <h3 id="paid-title">{t.confirmPaidTitle}</h3>
      <p class="field-hint">{t.confirmPaidLead}</p>
      <TextField label={t.paidOnField} type="date" value={paidOn} onValue={setPaidOn} error={error} />
      <ProblemNotice error={problem} />
      {notice === null ? null : (
        <p class={notice.changed ? 'success' : 'notice'} role="status" data-changed={String(notice.changed)}>
          {notice.text}
        </p>
      )}
      <button type="submit" class="primary">
        {batch.paidOn === null ? t.markPaid : t.markPaidAgain}
      </button>
      <ConfirmDialog
        open={asking}
        title={t.confirmPaidTitle}
        confirm={t.confirm}
        cancel={t.cancel}
        onConfirm={() => void send()}
        onCancel={() => setAsking(false)}
      >
        <p>{t.confirmPaid(batch.lines.length, yuanText(batch.totalFen), paidOn)}</p>
      </ConfirmDialog>
    </form>
  );
}
