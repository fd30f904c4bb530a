import { randomUUID } from 'node:crypto';
import { createEventRegistry, trainingEvents } from '@tianfu/contracts';
import { MongoEventStore } from '@tianfu/eventstore';
import { type PersonalDataConfig, serviceVault } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import { apprenticeClaims } from './application/apprentice-claims.ts';
import { apprenticeshipList } from './application/apprenticeship-list.ts';
import { classList } from './application/class-list.ts';
import { providerDirectory } from './application/provider-directory.ts';

/**
 * Everything training keeps in MongoDB, in its own database: its event store, the provider
 * directory, the providers' class and apprenticeship lists, the claims that keep one active apprenticeship per worker, personal data sealed under the worker keys of the
 * shared identity database (docs/architecture.md).
 */
export async function trainingStorage(db: Db, identity: Db, keys: PersonalDataConfig, clock: () => Date) {
  const [store] = await Promise.all([
    MongoEventStore.create(db, { clock, newId: randomUUID, schemaVersions: createEventRegistry(trainingEvents) }),
    db.collection('class_list').createIndex({ providerId: 1, startsOn: -1 }),
    db.collection('provider_directory').createIndex({ regionCode: 1 }),
    db.collection('apprenticeship_list').createIndex({ providerId: 1, startsOn: -1 }),
  ]);
  return {
    store,
    directory: providerDirectory(db, clock),
    classes: classList(db),
    apprenticeships: apprenticeshipList(db),
    claims: apprenticeClaims(db.collection('apprentice_claims'), store, clock),
    personalData: serviceVault(db, identity, keys, clock),
  };
}

export type TrainingStorage = Awaited<ReturnType<typeof trainingStorage>>;
