import type { WorkerId } from '@tianfu/contracts';
import { onlyDuplicateKeys } from '@tianfu/eventstore';
import type { PersonalDataVault } from '@tianfu/service-kit';
import type { Collection, Db } from 'mongodb';
import type { CareerFact } from '../domain/career-facts.ts';
import type { TrainingOutcomeFact } from '../domain/training-facts.ts';
import { type ClassGroupCount, countsAsMigrantWorker, enrolmentOf } from '../domain/training-group-count.ts';

/** A class's count, and every completer it has looked at (all of them, so the list tells no one's groups). */
type GroupCountDocument = Omit<ClassGroupCount, 'classId'> & { readonly _id: string; readonly counted: string[] };

/**
 * Each class's 农民工 completers (training-group-count.ts), counted once per completer from the
 * sealed target groups while the keys are there. Kept outside the collection sets: a rebuild
 * replays after erasures, when the groups can no longer be read, so it keeps the counts made
 * before rather than recounting.
 */
export async function trainingGroupCounts(db: Db, vault: Pick<PersonalDataVault, 'openTargetGroups'>) {
  const collection: Collection<GroupCountDocument> = db.collection('training_group_counts');
  const counts = new Map<string, ClassGroupCount>();
  const keep = ({ _id, completedOn, migrantWorkers }: GroupCountDocument) =>
    counts.set(_id, { classId: _id, completedOn, migrantWorkers });
  for await (const doc of collection.find({})) keep(doc);

  return {
    /**
     * A completion, once, judged by the completer's stored facts: a completer already looked at (a
     * redelivery, after erasure too) changes nothing.
     */
    async count(workerFacts: readonly CareerFact[], outcome: TrainingOutcomeFact): Promise<void> {
      if (!outcome.completed) return;
      const enrolment = enrolmentOf(workerFacts, outcome);
      const [groups = null] =
        enrolment === null
          ? []
          : await vault.openTargetGroups([
              { workerId: enrolment.workerId as WorkerId, sealed: enrolment.targetGroups },
            ]);
      try {
        await collection.updateOne(
          { _id: outcome.classId, counted: { $ne: outcome.enrolmentId } },
          {
            $push: { counted: outcome.enrolmentId },
            $inc: { migrantWorkers: countsAsMigrantWorker(groups) ? 1 : 0 },
            $set: { completedOn: outcome.date },
          },
          { upsert: true },
        );
      } catch (error) {
        // The class is there and has counted this completer: the upsert's insert met its _id.
        if (!onlyDuplicateKeys(error)) throw error;
      }
      const stored = await collection.findOne({ _id: outcome.classId });
      if (stored !== null) keep(stored);
    },
    all: (): Iterable<ClassGroupCount> => counts.values(),
  };
}

export type TrainingGroupCounts = Awaited<ReturnType<typeof trainingGroupCounts>>;
