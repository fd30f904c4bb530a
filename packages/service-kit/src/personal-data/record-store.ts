import type { WorkerId } from '@tianfu/contracts';
import { onlyDuplicateKeys } from '@tianfu/eventstore';
import type { Collection } from 'mongodb';
import { findByIds } from './id-filter.ts';
import type { PersonalDataDocument } from './personal-record.ts';

export interface RecordStore {
  read(workerIds: readonly WorkerId[]): Promise<Map<WorkerId, PersonalDataDocument>>;
  /** Inserts the records in one unordered write; returns the workers that already had one. */
  insertNew(docs: readonly PersonalDataDocument[]): Promise<WorkerId[]>;
  replace(doc: PersonalDataDocument): Promise<void>;
  erase(workerId: WorkerId): Promise<void>;
}

const writeErrorIndexes = (error: unknown): number[] =>
  [(error as { writeErrors?: unknown }).writeErrors]
    .flat()
    .map((writeError) => (writeError as { index?: unknown } | undefined)?.index)
    .filter((index): index is number => typeof index === 'number');

/**
 * Replaces go one command each: FerretDB (PostgreSQL backend) holds a connection per matched
 * statement until a whole `update` command ends, so a bulk replace of some 50 existing
 * records exhausts its pool and stalls the server for every client.
 */
export function recordStore(collection: Collection<PersonalDataDocument>): RecordStore {
  const read = async (workerIds: readonly WorkerId[]) => {
    if (workerIds.length === 0) return new Map<WorkerId, PersonalDataDocument>();
    const docs = await findByIds(collection, workerIds);
    return new Map(docs.map((doc) => [doc._id, doc]));
  };

  const insertNew = async (docs: readonly PersonalDataDocument[]): Promise<WorkerId[]> => {
    if (docs.length === 0) return [];
    try {
      await collection.insertMany([...docs], { ordered: false });
      return [];
    } catch (error) {
      if (!onlyDuplicateKeys(error)) throw error;
      return writeErrorIndexes(error).map((index) => (docs[index] as PersonalDataDocument)._id);
    }
  };

  const replace = async (doc: PersonalDataDocument) => {
    await collection.replaceOne({ _id: doc._id }, doc);
  };

  const erase = async (workerId: WorkerId) => {
    await collection.deleteOne({ _id: workerId });
  };

  return { read, insertNew, replace, erase };
}
