import { insertOnce } from '@tianfu/messaging';
import type { CompletedTraining } from '@tianfu/skill-rules';
import type { Collection, Db } from 'mongodb';
import { type ClassRoster, classRoster } from '../domain/class-completers.ts';
import { completedTrainings } from '../domain/completed-trainings.ts';
import type { TrainingFact } from '../domain/training-facts.ts';

export interface TrainingFacts {
  /** Stores a fact once: a redelivered event is a duplicate key and nothing else. */
  record(fact: TrainingFact): Promise<void>;
  /** Each worker's completed trainings (docs/domain.md §2.3 evidence); a worker with none is absent. */
  of(workerIds: readonly string[]): Promise<ReadonlyMap<string, readonly CompletedTraining[]>>;
  /** One class as filed, with its completers and their sealed names. */
  roster(classId: string): Promise<ClassRoster>;
}

const byWorkers = (workerIds: readonly string[]) =>
  workerIds.length === 1 ? { workerId: workerIds[0] } : { workerId: { $in: [...workerIds] } };

/** The training facts in a collection indexed by worker and by class. */
export function trainingFacts(collection: Collection<TrainingFact>): TrainingFacts {
  return {
    async record(fact) {
      await insertOnce(collection, fact);
    },
    async of(workerIds) {
      if (workerIds.length === 0) return new Map();
      const outcomes = await collection
        .find({ ...byWorkers(workerIds), kind: { $in: ['completion', 'apprenticeship'] } })
        .toArray();
      const classIds = [...new Set(outcomes.flatMap((f) => (f.kind === 'completion' ? [f.classId] : [])))];
      const classes =
        classIds.length === 0 ? [] : await collection.find({ kind: 'class', classId: { $in: classIds } }).toArray();
      return completedTrainings([...classes, ...outcomes]);
    },
    async roster(classId) {
      return classRoster(await collection.find({ classId }).toArray());
    },
  };
}

/** The facts in assessment's own `training_facts` collection. */
export async function openTrainingFacts(db: Db): Promise<TrainingFacts> {
  const collection = db.collection<TrainingFact>('training_facts');
  await Promise.all([collection.createIndex({ workerId: 1 }), collection.createIndex({ classId: 1 })]);
  return trainingFacts(collection);
}
