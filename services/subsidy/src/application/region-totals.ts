import type { SubsidyKind } from '@tianfu/contracts';
import type { ClaimIndexDocument } from './claim-index.ts';

export interface MonthTotals {
  readonly kind: SubsidyKind;
  /** YYYY-MM of the day approved. */
  readonly month: string;
  readonly approvedClaims: number;
  readonly approvedFen: number;
  readonly paidFen: number;
  readonly clawedBackFen: number;
}

/**
 * A region's money by kind and month of approval (docs/domain.md §7.11): approved, paid, and clawed
 * back — a clawback counts against the month its claim was approved in, so the month's net is
 * paid minus clawed back.
 */
export function regionTotals(claims: readonly ClaimIndexDocument[]): MonthTotals[] {
  const rows = new Map<string, MonthTotals>();
  for (const claim of claims) {
    if (claim.approvedOn === null) continue;
    const month = claim.approvedOn.slice(0, 7);
    const key = `${claim.kind}|${month}`;
    const row = rows.get(key) ?? {
      kind: claim.kind,
      month,
      approvedClaims: 0,
      approvedFen: 0,
      paidFen: 0,
      clawedBackFen: 0,
    };
    const amount = claim.amountFen ?? 0;
    rows.set(key, {
      ...row,
      approvedClaims: row.approvedClaims + 1,
      approvedFen: row.approvedFen + amount,
      paidFen: row.paidFen + (claim.paidOn === null ? 0 : amount),
      clawedBackFen: row.clawedBackFen + (claim.clawedBackOn === null ? 0 : amount),
    });
  }
  return [...rows.values()].sort((a, b) => a.month.localeCompare(b.month) || a.kind.localeCompare(b.kind));
}
