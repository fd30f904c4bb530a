import { chinaDate } from '@tianfu/contracts';
import type { PersonalDataConfig } from '@tianfu/service-kit';
import { serviceVault } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import { careerFactsStore, type FactDocument } from './application/career-facts-store.ts';
import { type WorkerSummary, workerSummaries } from './application/worker-summaries.ts';

/** The career read side in its own database: insert-only facts and the per-worker summaries recomputed from them. */
export async function careerStorage(db: Db, identity: Db, keys: PersonalDataConfig, clock: () => Date) {
  const factDocs = db.collection<FactDocument>('facts');
  await factDocs.createIndex({ workerId: 1 });
  const facts = careerFactsStore(factDocs);
  const vault = serviceVault(db, identity, keys, clock);
  return {
    facts,
    summaries: workerSummaries(db.collection<WorkerSummary>('worker_summaries'), facts, () =>
      chinaDate(clock().toISOString()),
    ),
    identify: vault.identify,
  };
}

export type CareerStorage = Awaited<ReturnType<typeof careerStorage>>;
