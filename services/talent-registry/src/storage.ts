import { randomUUID } from 'node:crypto';
import { createEventRegistry, talentEvents } from '@tianfu/contracts';
import { MongoEventStore } from '@tianfu/eventstore';
import { openBodyRegistry } from '@tianfu/platform-bodies';
import { openCertificateFacts } from '@tianfu/platform-certificates';
import { type PersonalDataConfig, serviceVault } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import { talentListings } from './application/talent-listings.ts';

/**
 * The talent registry's event store, the certificates the platform knows (appointment evidence) and
 * the evaluation bodies (who an appointment is made in the name of) and the office's lists in its own
 * database; names sealed under the shared identity keys.
 */
export async function talentStorage(db: Db, identity: Db, keys: PersonalDataConfig, clock: () => Date) {
  return {
    store: await MongoEventStore.create(db, {
      clock,
      newId: randomUUID,
      schemaVersions: createEventRegistry(talentEvents),
    }),
    personalData: serviceVault(db, identity, keys, clock),
    certificates: await openCertificateFacts(db),
    bodies: await openBodyRegistry(db),
    listings: talentListings(db),
  };
}
