import { insertOnce } from '@tianfu/messaging';
import type { Db } from 'mongodb';
import type { UsageFacts } from './application/assessment-usage.ts';
import type { UsageFact } from './domain/catalogue-usage.ts';

type StoredFact = UsageFact & { _id: string };

/**
 * Usage facts in the catalogue's `usage_facts` collection, insert-only (`_id` = the eventId) as
 * every exactly-once write here (docs/architecture.md "One rule for every write").
 */
export async function openUsageFacts(db: Db): Promise<UsageFacts> {
  const collection = db.collection<StoredFact>('usage_facts');
  await collection.createIndex({ occupationCode: 1 });
  await collection.createIndex({ sessionId: 1 });
  const read = (filter: object) =>
    collection.find(filter, { projection: { _id: 0 } }).toArray() as Promise<UsageFact[]>;
  return {
    async record(eventId, fact) {
      await insertOnce(collection, { _id: eventId, ...fact });
    },
    async of(occupationCode) {
      const about = await read({ occupationCode });
      const sessionIds = about.flatMap((f) => (f.kind === 'scheduled' ? [f.sessionId] : []));
      const closings = sessionIds.length === 0 ? [] : await read({ kind: 'closed', sessionId: { $in: sessionIds } });
      return [...about, ...closings];
    },
  };
}
