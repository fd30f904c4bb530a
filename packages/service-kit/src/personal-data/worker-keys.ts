import type { WorkerId } from '@tianfu/contracts';
import { onlyDuplicateKeys } from '@tianfu/eventstore';
import type { Collection } from 'mongodb';
import { type DataKey, newDataKey, unwrapDataKey, type WorkerKeyDocument } from './data-key.ts';
import { findByIds } from './id-filter.ts';
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

  const ensureStored = async (workerIds: readonly WorkerId[]): Promise<Map<WorkerId, DataKey>> => {
    const keys = await read(workerIds);
    const missing = [...new Set(workerIds)].filter((id) => !keys.has(id));
    if (missing.length === 0) return keys;
    const now = clock();
    const created = missing.map((id) => newDataKey(id, masterKey, now));
    try {
      await collection.insertMany(
        created.map(({ doc }) => doc),
        { ordered: false },
      );
      for (const { doc, dataKey } of created) keys.set(doc._id, dataKey);
    } catch (error) {
      // A concurrent writer created some of them first: its key is the key, whoever inserted it.
      if (!onlyDuplicateKeys(error)) throw error;
      for (const [id, dataKey] of await read(missing)) keys.set(id, dataKey);
    }
    // Only a concurrent erase between our insert and our read leaves one missing: create it anew.
    const erased = missing.filter((id) => !keys.has(id));
    if (erased.length > 0) for (const [id, dataKey] of await ensureStored(erased)) keys.set(id, dataKey);
    return keys;
  };

  // A worker's key this process is creating now. Two seals of one sheet (names and target groups)
  // run at once: without this both would insert the same keys, and FerretDB answers an unordered
  // insertMany whose every document is a duplicate by retrying them one statement each (~25 ms a row).
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
