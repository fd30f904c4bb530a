import { ClaimReviewSchema } from '@tianfu/contracts/forms';
import { zodFieldErrors } from '../../ui/field-errors.ts';
import { fenOfYuan } from './money.ts';

export interface ReviewDraft {
  readonly outcome: 'approved' | 'rejected';
  /** Yuan as typed; empty leaves the rule set's amount. */
  readonly amount: string;
  readonly reason: string;
}

export interface ReviewTexts {
  readonly amountRequired: string;
  readonly amountFormat: string;
}

export type ReviewRequest = { outcome: 'approved' | 'rejected'; amountFen?: number; reason: string };

/**
 * The review as the API takes it (docs/domain.md §7.10), checked by its own schema, or the error of
 * each field: an approval needs an amount when the rule set states none (`ruleSetFen` null).
 */
export function reviewRequest(
  draft: ReviewDraft,
  ruleSetFen: number | null,
  texts: ReviewTexts,
): { ok: true; request: ReviewRequest } | { ok: false; errors: Record<string, string> } {
  const approving = draft.outcome === 'approved';
  const fen = approving && draft.amount.trim() !== '' ? fenOfYuan(draft.amount) : undefined;
  if (fen === null) return { ok: false, errors: { amount: texts.amountFormat } };
  if (approving && fen === undefined && ruleSetFen === null)
    return { ok: false, errors: { amount: texts.amountRequired } };
  const checked = ClaimReviewSchema.safeParse({ outcome: draft.outcome, amountFen: fen, reason: draft.reason });
  if (!checked.success) {
    const { amountFen, ...rest } = zodFieldErrors(checked.error);
    return { ok: false, errors: amountFen === undefined ? rest : { ...rest, amount: amountFen } };
  }
  const { amountFen, ...review } = checked.data;
  return { ok: true, request: amountFen === undefined ? review : { ...review, amountFen } };
}
