import { onlyDuplicateKeys } from '@tianfu/eventstore';
import type { Collection, Db } from 'mongodb';
import type { TrainingFact } from '../domain/training-facts.ts';

/**
 * The training facts the subsidy service keeps (docs/domain.md §7.9): insert-only, one per event,
 * read per class (with one worker's enrolment and outcome), per apprenticeship.
 */
export async function trainingRecords(db: Db) {
  const collection: Collection<TrainingFact> = db.collection('training_facts');
  await Promise.all([
    collection.createIndex({ classId: 1, workerId: 1 }),
    collection.createIndex({ apprenticeshipId: 1 }),
  ]);
  return {
    /** Stores a fact once: a redelivered event meets its own _id and adds nothing. */
    async record(fact: TrainingFact): Promise<void> {
      try {
        await collection.insertOne(fact);
      } catch (error) {
        if (!onlyDuplicateKeys(error)) throw error;
      }
    },
    /** The class's filing and one worker's enrolment and outcome in it. */
    async ofClass(classId: string, workerId: string): Promise<TrainingFact[]> {
      const [filed, own] = await Promise.all([
        collection.find({ classId, kind: 'class' }).toArray(),
        collection.find({ classId, workerId }).toArray(),
      ]);
      return [...filed, ...own];
    },
    ofApprenticeship: (apprenticeshipId: string): Promise<TrainingFact[]> =>
      collection.find({ apprenticeshipId }).toArray(),
  };
}

export type TrainingRecords = Awaited<ReturnType<typeof trainingRecords>>;
