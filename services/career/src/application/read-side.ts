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

/** Opens (creating its indexes) one set of collections and loads what it holds into memory. */
export async function openReadSide(db: Db, set: string, today: () => string): Promise<CareerReadSide> {
  const factDocs = db.collection<FactDocument>(`${set}_facts`);
  await factDocs.createIndex({ workerId: 1 });
  const facts = careerFactsStore(factDocs);
  const references = referencesStore(db.collection<ReferenceDocument>(`${set}_references`));
  const index = new ReadIndex();
  const summaries = workerSummaries(db.collection<SummaryDocument>(`${set}_summaries`), facts, index, today);
  index.putReferences(await references.all());
  await summaries.loadInto(index);
  return { set, facts, references, summaries, index };
}
