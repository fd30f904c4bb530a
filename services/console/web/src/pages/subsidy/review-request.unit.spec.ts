import { describe, expect, it } from 'vitest';
import { reviewRequest } from './review-request.ts';

const texts = { amountRequired: 'amount required', amountFormat: 'amount format' };

describe('a review of a referred claim (docs/domain.md §7.10)', () => {
  it('approves with the amount typed in yuan, as fen', () => {
    expect(reviewRequest({ outcome: 'approved', amount: '1,500.5', reason: '材料齐全' }, null, texts)).toEqual({
      ok: true,
      request: { outcome: 'approved', amountFen: 150_050, reason: '材料齐全' },
    });
  });

  it("approves with the rule set's amount when none is typed and the rule set states one", () => {
    expect(reviewRequest({ outcome: 'approved', amount: '', reason: '参保已核实' }, 200_000, texts)).toEqual({
      ok: true,
      request: { outcome: 'approved', reason: '参保已核实' },
    });
  });

  it('needs an amount to approve when the rule set states none', () => {
    expect(reviewRequest({ outcome: 'approved', amount: ' ', reason: '参保已核实' }, null, texts)).toEqual({
      ok: false,
      errors: { amount: 'amount required' },
    });
  });

  it('names an amount that is no yuan, and a missing reason, at their fields', () => {
    expect(reviewRequest({ outcome: 'approved', amount: '12.345', reason: '好' }, null, texts)).toEqual({
      ok: false,
      errors: { amount: 'amount format' },
    });
    const noReason = reviewRequest({ outcome: 'rejected', amount: '', reason: '' }, null, texts);
    expect(noReason.ok).toBe(false);
    expect(noReason.ok ? {} : Object.keys(noReason.errors)).toEqual(['reason']);
  });

  it('rejects with its reason, ignoring an amount typed before', () => {
    expect(reviewRequest({ outcome: 'rejected', amount: '1000', reason: '未参保' }, null, texts)).toEqual({
      ok: true,
      request: { outcome: 'rejected', reason: '未参保' },
    });
  });
});
