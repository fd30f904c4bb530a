import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { bindFields } from '../../ui/field-binding.ts';
import { problemFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { budgetMessages } from './budget-messages.ts';
import { fenOfYuan, yuanText } from './money.ts';
import { allocateBudget } from './payment-api.ts';
import type { SubsidyRegion } from './subsidy-types.ts';

interface Allocation {
  readonly amountFen: number;
  readonly reference: string;
}

/** The form's fields as the API names them: the amount travels in fen. */
const formErrors = (problem: unknown): Record<string, string> => {
  const { amountFen, ...rest } = problemFieldErrors(problem);
  return amountFen === undefined ? rest : { ...rest, amount: amountFen };
};

/** More 专账资金 for a region's year, by a budget document, asked once more: it cannot be withdrawn. */
export function AllocateForm(props: {
  region: SubsidyRegion;
  regionName: string;
  year: number;
  /** Allocated so far, in fen: an answer no higher means the document was allocated before. */
  allocatedFen: number;
  onAllocated: () => void;
}) {
  const t = useMessages(budgetMessages);
  const [draft, setDraft] = useState({ amount: '', reference: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<Allocation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const field = bindFields(draft, setDraft, errors);
  const submit = (event: Event) => {
    event.preventDefault();
    const amountFen = fenOfYuan(draft.amount);
    const reference = draft.reference.trim();
    const found: Record<string, string> = {};
    if (amountFen === null || amountFen === 0) found.amount = t.amountRequired;
    if (reference === '') found.reference = t.referenceRequired;
    setErrors(found);
    setNotice(null);
    if (amountFen !== null && amountFen > 0 && reference !== '') setPending({ amountFen, reference });
  };
  const send = async (allocation: Allocation) => {
    setPending(null);
    try {
      const after = await allocateBudget(props.region, { year: props.year, ...allocation });
      setNotice(
        after.allocatedFen > props.allocatedFen
          ? t.allocatedNotice(yuanText(after.allocatedFen), yuanText(after.leftFen))
          : t.unchangedNotice(allocation.reference),
      );
      setProblem(null);
      setDraft({ amount: '', reference: '' });
      props.onAllocated();
    } catch (error) {
      setErrors(formErrors(error));
      setProblem(error);
    }
  };
  return (
    <form class="form allocate" onSubmit={submit} noValidate aria-labelledby="allocate-title">
      <h2 id="allocate-title">{t.allocateTitle}</h2>
      <p class="field-hint">{t.allocateLead}</p>
      <TextField label={t.amount} hint={t.amountHint} inputMode="decimal" required {...field('amount')} />
      <TextField label={t.reference} hint={t.referenceHint} required maxLength={200} {...field('reference')} />
      <ProblemNotice error={problem} />
      {notice === null ? null : (
        <p class="success" role="status">
          {notice}
        </p>
      )}
      <button type="submit" class="primary">
        {t.allocate}
      </button>
      <ConfirmDialog
        open={pending !== null}
        title={t.confirmTitle}
        confirm={t.confirm}
        cancel={t.cancel}
        onConfirm={() => pending && void send(pending)}
        onCancel={() => setPending(null)}
      >
        <p>
          {pending === null
            ? ''
            : t.confirmAllocate(yuanText(pending.amountFen), props.regionName, props.year, pending.reference)}
        </p>
      </ConfirmDialog>
    </form>
  );
}
