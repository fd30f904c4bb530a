import type { Collection } from 'mongodb';
import { summariseWorker, type WorkerSummary } from '../domain/worker-summary.ts';
import type { CareerFactsStore } from './career-facts-store.ts';
import type { ReadIndex } from './read-index.ts';

export type SummaryDocument = WorkerSummary & { readonly _id: string };

const MAX_RECOMPUTES = 5;

/** The per-worker summaries: a cache recomputed from the facts (docs/architecture.md), mirrored in the read index. */
export function workerSummaries(
  summaries: Collection<SummaryDocument>,
  facts: CareerFactsStore,
  index: ReadIndex,
  today: () => string,
) {
  const compute = async (workerId: string) => summariseWorker(workerId, await facts.factsOf(workerId), today());
  const store = async (summary: WorkerSummary) => {
    await summaries.replaceOne({ _id: summary.workerId }, summary, { upsert: true });
    index.putSummary(summary);
  };

  return {
    /**
     * Recomputes the worker's summary after a fact was stored, and again while facts keep
     * arriving meanwhile (another consumer may have inserted one between read and write).
     */
    async refresh(workerId: string): Promise<WorkerSummary> {
      let summary = await compute(workerId);
      for (let attempt = 1; attempt < MAX_RECOMPUTES; attempt += 1) {
        await store(summary);
        const again = await compute(workerId);
        if (again.factCount === summary.factCount) return summary;
        summary = again;
      }
      await store(summary);
      return summary;
    },
    /** Recomputes the summaries the calendar has overtaken (ReadIndex.changedBy); how many. */
    async refreshChanged(): Promise<number> {
      const due = index.changedBy(today());
      for (const workerId of due) await this.refresh(workerId);
      return due.length;
    },
    /** Every stored summary into the index (at start). */
    async loadInto(target: ReadIndex): Promise<void> {
      // Summaries stored before training reached career have no trainings.
      for await (const { _id, ...summary } of summaries.find({}))
        target.putSummary({ ...summary, trainings: summary.trainings ?? [] });
    },
  };
}

export type WorkerSummaries = ReturnType<typeof workerSummaries>;
