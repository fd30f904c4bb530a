import { createHash } from 'node:crypto';
import type { Db } from 'mongodb';

export interface NamesLookup {
  /** Keys in identity.worker_keys now. */
  readonly keys: number;
  /** One `_id $in` of a page's workerIds: what FerretDB makes a scan of every key. */
  readonly inP50: number;
  /** The same ids read by `_id` equality, all at once, as the vault reads a page (service-kit id-filter.ts). */
  readonly equalityP50: number;
}

const median = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;

async function timedRounds(rounds: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * What sealed names add to a talent-pool page: the vault reads the page's worker keys from the
 * shared identity.worker_keys by `_id` equality, all at once (service-kit id-filter.ts), beside one
 * `_id $in` of the same ids, which FerretDB runs as a scan of the whole collection. Read-only, on
 * that collection as it is now.
 */
export async function measureNamesLookup(identity: Db, pageSize: number, rounds: number): Promise<NamesLookup> {
  const keys = identity.collection<{ _id: string }>('worker_keys');
  const ids = Array.from({ length: pageSize }, (_, i) => createHash('sha256').update(`bench-names:${i}`).digest('hex'));
  const inP50 = await timedRounds(rounds, () => keys.find({ _id: { $in: ids } }).toArray());
  const equalityP50 = await timedRounds(rounds, () => Promise.all(ids.map((_id) => keys.findOne({ _id }))));
  return { keys: await keys.countDocuments(), inP50, equalityP50 };
}
