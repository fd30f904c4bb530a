import { type PaymentBatch, payableLines, totalOf } from '../domain/payment-batch.ts';

/** The lines a batch pays and their total: as assembled, less the lines dropped (docs/domain.md §7.11). */
export function batchLines(batch: NonNullable<PaymentBatch>) {
  const lines = payableLines(batch);
  return { lines, totalFen: totalOf(lines) };
}
