import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { bindFields } from '../../ui/field-binding.ts';
import { problemFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { yuanText } from './money.ts';
import { clawBack } from './payment-api.ts';
import { paymentsMessages } from './payments-messages.ts';
import type { BatchLine } from './subsidy-types.ts';

/** 追回 of a paid claim (docs/domain.md §7.11): a reason and the supervision case, asked once more. */
export function ClawBackForm(props: {
  line: BatchLine;
  /** The claim clawed back, and what to tell the office. */
  onClawedBack: (claimId: string, notice: string) => void;
  onCancel: () => void;
}) {
  const t = useMessages(paymentsMessages);
  const { line } = props;
  const [draft, setDraft] = useState({ reason: '', caseRef: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const field = bindFields(draft, setDraft, errors);
  const submit = (event: Event) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (draft.reason.trim() === '') found.reason = t.reasonRequired;
    if (draft.caseRef.trim() === '') found.caseRef = t.caseRefRequired;
    setErrors(found);
    setAsking(Object.keys(found).length === 0);
  };
  const send = async () => {
    setAsking(false);
    try {
      const claim = await clawBack(line, { reason: draft.reason.trim(), caseRef: draft.caseRef.trim() });
      const amount = yuanText(claim.clawback?.amountFen ?? line.amountFen);
      props.onClawedBack(line.claimId, t.clawedBack(line.claimId, amount, claim.clawback?.caseRef ?? draft.caseRef));
    } catch (refusal) {
      setErrors(problemFieldErrors(refusal));
      setProblem(refusal);
    }
  };
  return (
    <form class="form clawback" onSubmit={submit} noValidate aria-labelledby="clawback-title">
      <h3 id="clawback-title">{t.clawBackTitle(line.claimId)}</h3>
      <p class="field-hint">{t.clawBackLead}</p>
      <TextField label={t.reason} required maxLength={500} {...field('reason')} />
      <TextField
        label={t.caseRef}
        hint={t.caseRefHint}
        required
        maxLength={64}
        spellcheck={false}
        {...field('caseRef')}
      />
      <ProblemNotice error={problem} />
      <div class="actions">
        <button type="button" class="secondary" onClick={props.onCancel}>
          {t.cancel}
        </button>
        <button type="submit" class="danger">
          {t.submitClawBack}
        </button>
      </div>
      <ConfirmDialog
        open={asking}
        title={t.clawBackTitle(line.claimId)}
        confirm={t.confirm}
        cancel={t.cancel}
        onConfirm={() => void send()}
        onCancel={() => setAsking(false)}
      >
        <p>{t.confirmClawBack(line.claimId, yuanText(line.amountFen), draft.caseRef.trim())}</p>
      </ConfirmDialog>
    </form>
  );
}
