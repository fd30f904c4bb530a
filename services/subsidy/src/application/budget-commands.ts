import type { SubsidyBudgetAllocatedData } from '@tianfu/contracts';
import { foldEvents } from '@tianfu/decider';
import { type CommandContext, type EventStore, handleCommand } from '@tianfu/eventstore';
import { allocatedFen, type BudgetEvent, type RegionBudget, regionBudget } from '../domain/region-budget.ts';
import type { ClaimIndex } from './claim-index.ts';

const budgetStreamId = (region: string, year: number): string => `subsidy-budget-${region}-${year}`;

/** Each region's yearly 专账资金 (docs/domain.md §7.11): allocated, used by its batches, the rest left. */
export function budgetCommands(store: EventStore, index: ClaimIndex, clock: () => Date) {
  const read = async (region: string, year: number): Promise<RegionBudget> =>
    foldEvents<RegionBudget, BudgetEvent>(regionBudget, (await store.readStream(budgetStreamId(region, year))).events);

  return {
    /** Allocated, used by the year's batches, and left, in fen. */
    async standing(region: string, year: number) {
      const [budget, usedFen] = await Promise.all([read(region, year), index.batchedFen(region, year)]);
      const allocated = allocatedFen(budget);
      return { year, allocatedFen: allocated, usedFen, leftFen: Math.max(0, allocated - usedFen) };
    },
    async allocate(allocation: Omit<SubsidyBudgetAllocatedData, 'at'>, context: CommandContext) {
      const data = { ...allocation, at: clock().toISOString() };
      const streamId = budgetStreamId(allocation.region, allocation.year);
      await handleCommand(store, streamId, regionBudget, { type: 'AllocateBudget', data }, context);
      return this.standing(allocation.region, allocation.year);
    },
  };
}

export type BudgetCommands = ReturnType<typeof budgetCommands>;
