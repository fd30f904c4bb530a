import { randomUUID } from 'node:crypto';
import { catalogueEvents, createEventRegistry } from '@tianfu/contracts';
import { MongoEventStore } from '@tianfu/eventstore';
import type { Db } from 'mongodb';
import { openUsageFacts } from './usage-facts-store.ts';

/**
 * The catalogue's event store and the usage facts it keeps of the assessment topic, in its own
 * database; it holds no personal data, so no vault.
 */
export async function catalogueStorage(db: Db, clock: () => Date) {
  return {
    store: await MongoEventStore.create(db, {
      clock,
      newId: randomUUID,
      schemaVersions: createEventRegistry(catalogueEvents),
    }),
    usage: await openUsageFacts(db),
  };
}
