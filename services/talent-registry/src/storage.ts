import { randomUUID } from 'node:crypto';
import { MongoEventStore } from '@tianfu/eventstore';
import { openCertificateFacts } from '@tianfu/platform-certificates';
import { type PersonalDataConfig, serviceVault } from '@tianfu/service-kit';
import type { Db } from 'mongodb';

/**
 * The talent registry's event store and the certificates the platform knows (appointment evidence)
 * in its own database; names sealed under the shared identity keys.
 */
export async function talentStorage(db: Db, identity: Db, keys: PersonalDataConfig, clock: () => Date) {
  return {
    store: await MongoEventStore.create(db, { clock, newId: randomUUID }),
    personalData: serviceVault(db, identity, keys, clock),
    certificates: await openCertificateFacts(db),
  };
}
