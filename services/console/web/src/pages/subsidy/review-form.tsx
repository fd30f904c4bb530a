import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { bindFields } from '../../ui/field-binding.ts';
import { problemFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { claimsOfficeMessages } from './claims-office-messages.ts';
import { yuanText } from './money.ts';
import { type ReviewDraft, type ReviewRequest, reviewRequest } from './review-request.ts';
import { reviewClaim } from './subsidy-api.ts';
import type { Claim } from './subsidy-types.ts';

/** The office's decision on a referred claim, asked once more before it is recorded: it cannot be changed. */
export function ReviewForm({ claim, onReviewed }: { claim: Claim; onReviewed: (claim: Claim) => void }) {
  const t = useMessages(claimsOfficeMessages);
  const ruleSetFen = claim.decision.amountFen;
  const [draft, setDraft] = useState<ReviewDraft>({ outcome: 'approved', amount: '', reason: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<ReviewRequest | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const field = bindFields(draft, setDraft, errors);
  const submit = (event: Event) => {
    event.preventDefault();
    const checked = reviewRequest(draft, ruleSetFen, t);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) setPending(checked.request);
  };
  const send = async (request: ReviewRequest) => {
    setPending(null);
    try {
      onReviewed(await reviewClaim(claim.workerId, claim.claimId, request));
      setProblem(null);
    } catch (error) {
      setErrors(problemFieldErrors(error));
      setProblem(error);
    }
  };
  const saying =
    pending?.outcome === 'rejected'
      ? t.confirmReject
      : pending?.amountFen === undefined
        ? t.confirmApproveRuleSet
        : t.confirmApprove(yuanText(pending.amountFen));
  return (
    <form class="form review" onSubmit={submit} noValidate aria-label={t.reviewTitle}>
      <h3>{t.reviewTitle}</h3>
      <SelectField
        label={t.outcome}
        {...field('outcome')}
        options={[
          ['approved', t.approve],
          ['rejected', t.reject],
        ]}
      />
      {draft.outcome === 'approved' ? (
        <TextField
          label={t.amount}
          hint={ruleSetFen === null ? t.amountNone : t.amountRuleSet(yuanText(ruleSetFen))}
          inputMode="decimal"
          {...field('amount')}
        />
      ) : null}
      <TextField label={t.reason} required maxLength={500} {...field('reason')} />
      <ProblemNotice error={problem} />
      <button type="submit" class="primary">
        {t.submitReview}
      </button>
      <ConfirmDialog
        open={pending !== null}
        title={t.confirmTitle}
        confirm={t.confirm}
        cancel={t.cancel}
        onConfirm={() => pending && void send(pending)}
        onCancel={() => setPending(null)}
      >
        <p>{saying}</p>
      </ConfirmDialog>
    </form>
  );
}
