import type { BatchLine, SubsidyClaimDecidedData } from '@tianfu/contracts';
import { foldEvents } from '@tianfu/decider';
import { type CommandContext, type EventStore, handleCommand } from '@tianfu/eventstore';
import { batchEmpty, batchNotAssembled } from '../domain/claim-errors.ts';
import { type PaymentBatch, type PaymentBatchEvent, paymentBatch } from '../domain/payment-batch.ts';
import { withinBudget } from '../domain/region-budget.ts';
import type { BudgetCommands } from './budget-commands.ts';
import type { ClaimIndex } from './claim-index.ts';
import { type Claimants, recordOf } from './claimants.ts';

const batchStreamId = (batchId: string): string => `subsidy-batch-${batchId}`;

export interface PaymentCommandsDeps {
  readonly store: EventStore;
  readonly claimants: Claimants;
  readonly index: ClaimIndex;
  readonly budgets: BudgetCommands;
  readonly clock: () => Date;
}

/**
 * 拨付 (docs/domain.md §7.11): a region's approved claims go into its batch of a day while its budget
 * lasts, each claim marked with it first, so no claim is in two batches; the bank's confirmation pays each line once,
 * however often the same batch is confirmed; a paid claim can be clawed back (追回).
 */
export function paymentCommands({ store, claimants, index, budgets, clock }: PaymentCommandsDeps) {
  const read = async (batchId: string): Promise<PaymentBatch> =>
    foldEvents<PaymentBatch, PaymentBatchEvent>(paymentBatch, (await store.readStream(batchStreamId(batchId))).events);
  const assembled = async (batchId: string) => {
    const batch = await read(batchId);
    if (batch === null) throw batchNotAssembled(batchId);
    return batch;
  };

  return {
    read: assembled,
    /**
     * The batch of `region` for `day`, or the one assembled before: its approved, unbatched claims in
     * the order they were claimed, as far as the region's budget of the year goes; the rest wait.
     */
    async assemble(region: SubsidyClaimDecidedData['region'], day: string, context: CommandContext) {
      const batchId = `${region}-${day}`;
      const before = await read(batchId);
      if (before !== null) return before;
      const at = clock().toISOString();
      const lines: BatchLine[] = [];
      const { leftFen } = await budgets.standing(region, Number(day.slice(0, 4)));
      const queue = await index.unbatched(region, day);
      const paying = withinBudget(queue, leftFen);
      // A batch with no line is never recorded: the day stays open for the claims waiting.
      if (paying.length === 0) throw batchEmpty(region, day, queue.length);
      for (const { _id: claimId, workerId } of paying) {
        const { state } = await claimants.run(
          workerId,
          { type: 'BatchClaim', data: { claimId, batchId, at } },
          context,
        );
        const { decided, amountFen } = recordOf(state, claimId);
        lines.push({ claimId, workerId, payee: decided.payee, amountFen: amountFen ?? 0 });
      }
      const data = { batchId, region, day, lines, at };
      const { state } = await handleCommand(
        store,
        batchStreamId(batchId),
        paymentBatch,
        { type: 'AssembleBatch', data },
        context,
      );
      return state as NonNullable<PaymentBatch>;
    },
    /** The bank confirmed the batch paid on `paidOn`: each of its claims paid once. */
    async confirmPaid(batchId: string, paidOn: string, context: CommandContext) {
      const at = clock().toISOString();
      const command = { type: 'ConfirmBatchPaid', data: { batchId, paidOn, at } } as const;
      const { state } = await handleCommand(store, batchStreamId(batchId), paymentBatch, command, context);
      const batch = state as NonNullable<PaymentBatch>;
      // Confirmed again (or after a crash half way), the lines already paid add nothing.
      const paidDay = batch.paid?.paidOn ?? paidOn;
      for (const { claimId, workerId } of batch.assembled.lines)
        await claimants.run(workerId, { type: 'PayClaim', data: { claimId, batchId, paidOn: paidDay, at } }, context);
      return batch;
    },
    async clawBack(
      workerId: string,
      claimId: string,
      clawback: { reason: string; caseRef: string },
      context: CommandContext,
    ) {
      const data = { claimId, ...clawback, at: clock().toISOString() };
      const result = await claimants.run(workerId, { type: 'ClawBackClaim', data }, context);
      return { claim: recordOf(result.state, claimId), revision: result.revision };
    },
  };
}

export type PaymentCommands = ReturnType<typeof paymentCommands>;
