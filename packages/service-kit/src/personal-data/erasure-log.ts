import { isDuplicateKeyError } from '@tianfu/messaging';
import type { Db } from 'mongodb';

export interface ErasureRecord {
  /** The workerId whose key was erased. */
  readonly _id: string;
  readonly erasedAt: string;
  readonly reason: string;
}

/**
 * The erasures done (in the shared identity database, beside the worker keys): crypto-shredding
 * makes sealed data unreadable by itself, but a service that keeps something derived from a name
 * (certification's masked name and salted hash) reads this log to clear it. Insert-only.
 */
export function erasureLog(identity: Db) {
  const records = identity.collection<ErasureRecord>('erasures');
  return {
    async record(workerId: string, reason: string, at: Date): Promise<ErasureRecord> {
      const record = { _id: workerId, erasedAt: at.toISOString(), reason };
      try {
        await records.insertOne(record);
        return record;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        return (await records.findOne({ _id: workerId })) ?? record;
      }
    },
    /** Erasures after `erasedAt` (exclusive), oldest first. */
    since: (erasedAt: string): Promise<ErasureRecord[]> =>
      records
        .find({ erasedAt: { $gt: erasedAt } })
        .sort({ erasedAt: 1 })
        .toArray(),
  };
}

export type ErasureLog = ReturnType<typeof erasureLog>;
