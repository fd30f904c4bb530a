import { setImmediate as yieldToQueries } from 'node:timers/promises';
import type { Db } from 'mongodb';
import { referenceKey } from '../../domain/reference-facts.ts';
import { summariseWorker } from '../../domain/worker-summary.ts';
import type { FactDocument } from '../career-facts-store.ts';
import { bindReadSide, type CareerReadSide, indexReadSide, setCollections } from '../read-side.ts';
import type { ReferenceDocument } from '../references-store.ts';
import type { SummaryDocument } from '../worker-summaries.ts';
import { BulkWriter } from './bulk-writer.ts';
import { type PartitionRange, replayPasses } from './partition-ranges.ts';
import type { PartitionReplay, ReplayBatch } from './partition-replay.ts';
import { replayedMessage } from './replayed-message.ts';
import { type WorkerFactList, WorkerFacts } from './worker-facts.ts';

export interface ReplayIntoSetOptions {
  readonly db: Db;
  /** A new set: its collections are empty, so everything is a plain insert. */
  readonly set: string;
  readonly today: () => string;
  readonly replay: PartitionReplay;
  readonly ranges: readonly PartitionRange[];
  /** Topics whose events about workers are not keyed by worker (see `replayPasses`). */
  readonly scatteredTopics: readonly string[];
  /** After each batch: how many messages it read, and how many of them broke their contract. */
  readonly onRead: (messages: number, invalid: number) => void;
}

const WRITES = { batchSize: 1_000, concurrency: 4 } as const;
const SUMMARY_CHUNK = 1_000;

/**
 * Replays the ranges into a fresh set, everything written being new:
 * facts and references are bulk-inserted as read, and each worker's summary is computed once,
 * in memory, when the pass holding all their facts ends. Returns the set, its index filled.
 */
export async function replayIntoSet(options: ReplayIntoSetOptions): Promise<CareerReadSide> {
  const { db, set, today, replay } = options;
  const side = bindReadSide(db, set, today);
  const collections = setCollections(db, set);
  const facts = new BulkWriter<FactDocument>(collections.facts, WRITES);
  const references = new BulkWriter<ReferenceDocument>(collections.references, WRITES);
  const summaries = new BulkWriter<SummaryDocument>(collections.summaries, WRITES);
  const workers = new WorkerFacts();

  const record = async (batch: ReplayBatch, hold: boolean) => {
    let invalid = 0;
    const factDocs: FactDocument[] = [];
    const referenceDocs: ReferenceDocument[] = [];
    for (const message of batch.messages) {
      const replayed = replayedMessage(message);
      if (replayed.kind === 'invalid') invalid += 1;
      if (replayed.kind !== 'projected') continue;
      for (const fact of replayed.event.facts) factDocs.push({ ...fact, _id: fact.factId });
      for (const reference of replayed.event.references)
        referenceDocs.push({ ...reference, _id: referenceKey(reference) });
      if (hold) workers.hold(replayed.event.facts);
      else workers.add(replayed.event.facts);
      side.index.putReferences(replayed.event.references);
    }
    options.onRead(batch.messages.length, invalid);
    await facts.add(factDocs);
    await references.add(referenceDocs);
  };

  const summarise = async (list: readonly WorkerFactList[]) => {
    for (let start = 0; start < list.length; start += SUMMARY_CHUNK) {
      const docs = list.slice(start, start + SUMMARY_CHUNK).map(([workerId, workerFacts]) => {
        const summary = summariseWorker(workerId, workerFacts, today());
        side.index.putSummary(summary);
        return { ...summary, _id: workerId };
      });
      await summaries.add(docs);
      await yieldToQueries();
    }
  };

  for (const pass of replayPasses(options.ranges, options.scatteredTopics)) {
    await replay.read(pass.ranges, (batch) => record(batch, pass.hold));
    if (!pass.hold) await summarise(workers.endPass());
  }
  await summarise(workers.endHeld());
  await Promise.all([facts.flush(), references.flush(), summaries.flush()]);
  await indexReadSide(db, set);
  await side.summaries.refreshAll(workers.late());
  return side;
}
