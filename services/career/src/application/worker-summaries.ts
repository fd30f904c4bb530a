import { mapLimited } from '@tianfu/messaging';
import type { Collection } from 'mongodb';
import type { CareerFact } from '../domain/career-facts.ts';
import { summariseWorker, type WorkerSummary } from '../domain/worker-summary.ts';
import type { CareerFactsStore } from './career-facts-store.ts';
import type { ReadIndex } from './read-index.ts';

export type SummaryDocument = WorkerSummary & { readonly _id: string };

/** A worker's summary as written, and the stored facts it was computed from. */
export interface RefreshedWorker {
  readonly summary: WorkerSummary;
  readonly facts: readonly CareerFact[];
}

const MAX_RECOMPUTES = 5;
/** Workers read or written at once (equality lookups in flight together, see mapLimited). */
const WORKERS_AT_ONCE = 16;

/** The per-worker summaries: a cache recomputed from the facts (docs/architecture.md), mirrored in the read index. */
export function workerSummaries(
  summaries: Collection<SummaryDocument>,
  facts: CareerFactsStore,
  index: ReadIndex,
  today: () => string,
) {
  const read = (workerIds: readonly string[]) => mapLimited(workerIds, WORKERS_AT_ONCE, facts.factsOf);
  const store = async (summary: WorkerSummary) => {
    await summaries.replaceOne({ _id: summary.workerId }, summary, { upsert: true });
    index.putSummary(summary);
  };

  /**
   * Recomputes each worker's summary from their stored facts, and again for those whose facts
   * kept arriving meanwhile (another replica may have inserted one between read and write).
   */
  async function refreshAll(workerIds: Iterable<string>): Promise<Map<string, RefreshedWorker>> {
    const refreshed = new Map<string, RefreshedWorker>();
    let pending = [...new Set(workerIds)];
    let stored = await read(pending);
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      const computed = pending.map((workerId, at) => {
        const workerFacts = stored[at] ?? [];
        return { summary: summariseWorker(workerId, workerFacts, today()), facts: workerFacts };
      });
      await mapLimited(computed, WORKERS_AT_ONCE, ({ summary }) => store(summary));
      for (const worker of computed) refreshed.set(worker.summary.workerId, worker);
      if (attempt === MAX_RECOMPUTES) break;
      const again = await read(pending);
      const moved = pending.flatMap((workerId, at) =>
        again[at]?.length === computed[at]?.facts.length ? [] : [{ workerId, facts: again[at] ?? [] }],
      );
      pending = moved.map((m) => m.workerId);
      stored = moved.map((m) => m.facts);
    }
    return refreshed;
  }

  return {
    refreshAll,
    /** One worker's refreshAll. */
    async refresh(workerId: string): Promise<WorkerSummary> {
      const refreshed = (await refreshAll([workerId])).get(workerId);
      if (refreshed === undefined) throw new Error(`worker ${workerId} was not refreshed`);
      return refreshed.summary;
    },
    /** Recomputes the summaries the calendar has overtaken (ReadIndex.changedBy); how many. */
    async refreshChanged(): Promise<number> {
      const due = index.changedBy(today());
      await refreshAll(due);
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
