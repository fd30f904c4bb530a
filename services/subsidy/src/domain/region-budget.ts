import type { NewEvent, SubsidyBudgetAllocatedData } from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';

export type BudgetEvent = DomainEvent<'subsidy.BudgetAllocated', SubsidyBudgetAllocatedData>;

/** A region's 专账资金 of a year: every allocation made to it. */
export interface RegionBudget {
  readonly allocations: readonly SubsidyBudgetAllocatedData[];
}

export interface AllocateBudget {
  readonly type: 'AllocateBudget';
  readonly data: SubsidyBudgetAllocatedData;
}

export const allocatedFen = (budget: RegionBudget): number =>
  budget.allocations.reduce((sum, allocation) => sum + allocation.amountFen, 0);

/**
 * Approved claims, oldest claim first, that the money left pays (docs/domain.md §7.11): they go in
 * order, and the first that does not fit waits with every claim after it, for the next allocation.
 */
export function withinBudget<T extends { readonly amountFen: number | null }>(
  queue: readonly T[],
  leftFen: number,
): T[] {
  const paid: T[] = [];
  let left = leftFen;
  for (const claim of queue) {
    const amount = claim.amountFen ?? 0;
    if (amount > left) break;
    paid.push(claim);
    left -= amount;
  }
  return paid;
}

/** Allocations add up; one budget document (its reference) is allocated once, so a retry adds nothing. */
export const regionBudget: Decider<AllocateBudget, RegionBudget, BudgetEvent> = {
  initialState: () => ({ allocations: [] }),
  evolve: (state, event) => ({ allocations: [...state.allocations, event.data] }),
  decide: ({ data }, state): NewEvent<BudgetEvent['type'], BudgetEvent['data']>[] =>
    state.allocations.some((a) => a.reference === data.reference) ? [] : [{ type: 'subsidy.BudgetAllocated', data }],
};
