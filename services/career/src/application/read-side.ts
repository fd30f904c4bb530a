import type { Db } from 'mongodb';
import { type CareerFactsStore, careerFactsStore, type FactDocument } from './career-facts-store.ts';
import { ReadIndex } from './read-index.ts';
import { type ReferenceDocument, type ReferencesStore, referencesStore } from './references-store.ts';
import { type SummaryDocument, type WorkerSummaries, workerSummaries } from './worker-summaries.ts';

/** One set of the career read side's collections, named `<set>_facts`, `<set>_references`, `<set>_summaries`, and its index in memory. */
export interface CareerReadSide {
  readonly set: string;
  readonly facts: CareerFactsStore;
  readonly references: ReferencesStore;
  readonly summaries: WorkerSummaries;
  readonly index: ReadIndex;
}

/** The collections of one set. */
export function setCollections(db: Db, set: string) {
  return {
    facts: db.collection<FactDocument>(`${set}_facts`),
    references: db.collection<ReferenceDocument>(`${set}_references`),
    summaries: db.collection<SummaryDocument>(`${set}_summaries`),
  };
}

/** A set's stores over its collections, answering from `index`; no I/O. */
export function bindReadSide(db: Db, set: string, today: () => string, index = new ReadIndex()): CareerReadSide {
  const collections = setCollections(db, set);
  const facts = careerFactsStore(collections.facts);
  const references = referencesStore(collections.references);
  const summaries = workerSummaries(collections.summaries, facts, index, today);
  return { set, facts, references, summaries, index };
}

/** A set's secondary index (a rebuild creates it after its bulk load, which runs faster without). */
export async function indexReadSide(db: Db, set: string): Promise<void> {
  await setCollections(db, set).facts.createIndex({ workerId: 1 });
}

/** Opens (creating its indexes) one set of collections and loads what it holds into memory. */
export async function openReadSide(db: Db, set: string, today: () => string): Promise<CareerReadSide> {
  await indexReadSide(db, set);
  const side = bindReadSide(db, set, today);
  side.index.putReferences(await side.references.all());
  await side.summaries.loadInto(side.index);
  return side;
}
