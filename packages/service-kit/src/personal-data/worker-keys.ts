import type { WorkerId } from '@tianfu/contracts';
import type { Collection } from 'mongodb';
import { type DataKey, newDataKey, unwrapDataKey, type WorkerKeyDocument } from './data-key.ts';
import { findByIds } from './id-filter.ts';
import { insertNew } from './insert-new.ts';
import { recentKeys } from './recent-keys.ts';

export interface WorkerKeys {
  /** The keys that exist; an erased or never-created key is absent. */
  read(workerIds: readonly WorkerId[]): Promise<Map<WorkerId, DataKey>>;
  /** Every worker's key, creating the missing ones insert-once; a key seen lately is reused (recent-keys.ts). */
  ensure(workerIds: readonly WorkerId[]): Promise<Map<WorkerId, DataKey>>;
  erase(workerId: WorkerId): Promise<void>;
}

// Long enough to span one enrolment of MAX_SEAL_MANY rows, short enough to see another process's erase soon.
const reuseMs = 30_000;
const remembered = 20_000;

export function workerKeys(
  collection: Collection<WorkerKeyDocument>,
  masterKey: Uint8Array,
  clock: () => Date,
): WorkerKeys {
  const recent = recentKeys(clock, reuseMs, remembered);

  const read = async (workerIds: readonly WorkerId[]): Promise<Map<WorkerId, DataKey>> => {
    if (workerIds.length === 0) return new Map();
    const docs = await findByIds(collection, workerIds);
    return new Map(docs.map((doc) => [doc._id, unwrapDataKey(doc, masterKey)]));
  };

  /**
   * Inserts a fresh key for each worker, then reads the keys that were already there. On FerretDB
   * a bulk insert costs ~0.1–0.3 ms a new key, a hundred holding a duplicate are retried a statement
   * each (~0.5 ms a row), and a read by `_id` costs ~1.3–2 ms: a sheet of workers new to the platform
   * needs no read at all, where reading first read every key, and a sheet of known workers costs
   * about a quarter more than reading first.
   */
  const ensureStored = async (workerIds: readonly WorkerId[]): Promise<Map<WorkerId, DataKey>> => {
    const now = clock();
    const created = [...new Set(workerIds)].map((id) => newDataKey(id, masterKey, now));
    const taken = await insertNew(
      collection,
      created.map(({ doc }) => doc),
    );
    const keys = new Map(created.map(({ doc, dataKey }) => [doc._id, dataKey]));
    // A key already stored is the key, whoever inserted it.
    for (const id of taken) keys.delete(id);
    for (const [id, dataKey] of await read(taken)) keys.set(id, dataKey);
    // Only an erase between our insert and our read leaves one missing: create it anew.
    const erased = taken.filter((id) => !keys.has(id));
    if (erased.length > 0) for (const [id, dataKey] of await ensureStored(erased)) keys.set(id, dataKey);
    return keys;
  };

  // A worker's key this process is creating now. Two seals of one sheet (names and target groups)
  // run at once: without this both would insert the same keys, and the second insert's duplicates
  // would each cost FerretDB a statement of their own and a read.
  const inFlight = new Map<WorkerId, Promise<Map<WorkerId, DataKey>>>();

  const storeOnce = (workerIds: readonly WorkerId[]): Promise<Map<WorkerId, DataKey>> => {
    const stored = ensureStored(workerIds).then((keys) => {
      recent.remember(keys);
      return keys;
    });
    for (const id of workerIds) inFlight.set(id, stored);
    const settled = () => {
      for (const id of workerIds) if (inFlight.get(id) === stored) inFlight.delete(id);
    };
    stored.then(settled, settled);
    return stored;
  };

  const ensure = async (workerIds: readonly WorkerId[]): Promise<Map<WorkerId, DataKey>> => {
    const keys = recent.take(workerIds);
    const unknown = [...new Set(workerIds)].filter((id) => !keys.has(id));
    if (unknown.length === 0) return keys;
    const awaited = new Set(unknown.map((id) => inFlight.get(id)).filter((p) => p !== undefined));
    const fresh = unknown.filter((id) => !inFlight.has(id));
    if (fresh.length > 0) awaited.add(storeOnce(fresh));
    for (const stored of await Promise.all(awaited))
      for (const id of unknown) {
        const dataKey = stored.get(id);
        if (dataKey !== undefined) keys.set(id, dataKey);
      }
    return keys;
  };

  const erase = async (workerId: WorkerId): Promise<void> => {
    await collection.deleteOne({ _id: workerId });
    recent.forget(workerId);
  };

  return { read, ensure, erase };
}
