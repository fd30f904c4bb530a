import { withinBudget } from '../domain/region-budget.ts';
import type { BudgetCommands } from './budget-commands.ts';
import type { ClaimIndex } from './claim-index.ts';

/**
 * A region's approved claims no batch holds yet, in the order they are paid (docs/domain.md
 * §7.11: FIFO by claim date): those the budget left of the day's year pays in its next batch, and
 * those after the first that does not fit, which wait for more money to be allocated.
 */
export async function waitingClaims<R extends string>(
  index: ClaimIndex,
  budgets: BudgetCommands,
  region: R,
  day: string,
) {
  const [queue, { leftFen }] = await Promise.all([
    index.unbatched(region, day),
    budgets.standing(region, Number(day.slice(0, 4))),
  ]);
  const paying = withinBudget(queue, leftFen).length;
  const claims = queue.map((claim, place) => ({
    claimId: claim._id,
    workerId: claim.workerId,
    kind: claim.kind,
    claimedOn: claim.claimedOn,
    approvedOn: claim.approvedOn ?? claim.claimedOn,
    amountFen: claim.amountFen ?? 0,
    withinBudget: place < paying,
  }));
  return { region, day, leftFen, claims };
}
