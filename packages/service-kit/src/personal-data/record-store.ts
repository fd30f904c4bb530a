import type { WorkerId } from '@tianfu/contracts';
import type { Collection } from 'mongodb';
import { findByIds } from './id-filter.ts';
import { insertNew } from './insert-new.ts';
import type { PersonalDataDocument } from './personal-record.ts';

export interface RecordStore {
  read(workerIds: readonly WorkerId[]): Promise<Map<WorkerId, PersonalDataDocument>>;
  /** Inserts the records in one unordered write; returns the workers that already had one. */
  insertNew(docs: readonly PersonalDataDocument[]): Promise<WorkerId[]>;
  replace(doc: PersonalDataDocument): Promise<void>;
  erase(workerId: WorkerId): Promise<void>;
}

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

  const replace = async (doc: PersonalDataDocument) => {
    await collection.replaceOne({ _id: doc._id }, doc);
  };

  const erase = async (workerId: WorkerId) => {
    await collection.deleteOne({ _id: workerId });
  };

  return { read, insertNew: (docs) => insertNew(collection, docs), replace, erase };
}
