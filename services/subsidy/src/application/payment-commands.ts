import type { BatchLine, SubsidyClaimDecidedData } from '@tianfu/contracts';
import { foldEvents, isDomainError } from '@tianfu/decider';
import { type CommandContext, type EventStore, handleCommand } from '@tianfu/eventstore';
import { batchEmpty, batchNotAssembled } from '../domain/claim-errors.ts';
import {
  type PaymentBatch,
  type PaymentBatchCommand,
  type PaymentBatchEvent,
  payableLines,
  paymentBatch,
} from '../domain/payment-batch.ts';
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
 * lasts, no claim in two batches; the bank's confirmation pays each line once,
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
  const onBatch = async (batchId: string, command: PaymentBatchCommand, context: CommandContext) =>
    (await handleCommand(store, batchStreamId(batchId), paymentBatch, command, context))
      .state as NonNullable<PaymentBatch>;

  /**
   * The lines of the region's approved, unbatched claims in the order they were claimed, as far as
   * its budget of the year goes, each with the payee and amount its approval fixed (as indexed).
   */
  const linesFor = async (region: string, day: string): Promise<BatchLine[]> => {
    const { leftFen } = await budgets.standing(region, Number(day.slice(0, 4)));
    const queue = await index.unbatched(region, day);
    const paying = withinBudget(queue, leftFen);
    // A batch with no line is never recorded: the day stays open for the claims waiting.
    if (paying.length === 0) throw batchEmpty(region, day, queue.length);
    return paying.map(({ _id: claimId, workerId, payee, amountFen }) => ({
      claimId,
      workerId,
      payee,
      amountFen: amountFen ?? 0,
    }));
  };

  /**
   * Each line's claim marked with the batch, or the line dropped when its claim went into another
   * batch first. Marking again changes nothing, so a batch recorded by a run that stopped half way
   * (or by another replica) is completed by the next run that meets it. The index is written after
   * each marking commits, so a claim it shows in the batch needs no command.
   */
  const marked = async (batch: NonNullable<PaymentBatch>, context: CommandContext) => {
    const { batchId, region } = batch.assembled;
    const done = await index.inBatch(region, batchId);
    let current = batch;
    for (const { claimId, workerId } of payableLines(batch)) {
      if (done.has(claimId)) continue;
      const at = clock().toISOString();
      try {
        await claimants.run(workerId, { type: 'BatchClaim', data: { claimId, batchId, at } }, context);
      } catch (error) {
        if (!isDomainError(error) || error.code !== 'CLAIM_NOT_PAYABLE') throw error;
        const data = { batchId, claimId, reason: error.message.slice(0, 500), at };
        current = await onBatch(batchId, { type: 'DropBatchLine', data }, context);
      }
    }
    return current;
  };

  return {
    read: assembled,
    /**
     * The batch of `region` for `day`, or the one assembled before. The batch is recorded first, with
     * its lines, so one run or replica wins the day; then each line's claim is marked with it, so no
     * claim is paid in two batches and none is marked with a batch that does not list it.
     */
    async assemble(region: SubsidyClaimDecidedData['region'], day: string, context: CommandContext) {
      const batchId = `${region}-${day}`;
      const before = await read(batchId);
      if (before !== null) return marked(before, context);
      const lines = await linesFor(region, day);
      const data = { batchId, region, day, lines, at: clock().toISOString() };
      return marked(await onBatch(batchId, { type: 'AssembleBatch', data }, context), context);
    },
    /** The bank confirmed the batch paid on `paidOn`: each of its claims paid once. */
    async confirmPaid(batchId: string, paidOn: string, context: CommandContext) {
      const at = clock().toISOString();
      // A batch whose marking stopped half way is completed before it is paid.
      const before = await assembled(batchId);
      if (before.paid === null) await marked(before, context);
      const batch = await onBatch(batchId, { type: 'ConfirmBatchPaid', data: { batchId, paidOn, at } }, context);
      // Confirmed again (or after a crash half way), the lines already paid add nothing.
      const paidDay = batch.paid?.paidOn ?? paidOn;
      for (const { claimId, workerId } of payableLines(batch))
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
