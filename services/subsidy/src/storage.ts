import { randomUUID } from 'node:crypto';
import { createEventRegistry, subsidyEvents } from '@tianfu/contracts';
import { MongoEventStore } from '@tianfu/eventstore';
import { openCertificateFacts } from '@tianfu/platform-certificates';
import { type PersonalDataConfig, serviceVault } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import { claimIndex } from './application/claim-index.ts';
import { trainingRecords } from './application/training-records.ts';

/**
 * Everything subsidy keeps in MongoDB, in its own database: its event store (the insurance periods
 * the registry reported), the certificate and training facts read from their topics, the index of every claim, and the vault
 * that turns an ID document into its workerId with the shared identity database's keys
 * (docs/architecture.md "Identity and personal data").
 */
export async function subsidyStorage(db: Db, identity: Db, keys: PersonalDataConfig, clock: () => Date) {
  const [store, certificates, claims, training] = await Promise.all([
    MongoEventStore.create(db, { clock, newId: randomUUID, schemaVersions: createEventRegistry(subsidyEvents) }),
    openCertificateFacts(db),
    claimIndex(db),
    trainingRecords(db),
  ]);
  return { store, certificates, claims, training, personalData: serviceVault(db, identity, keys, clock) };
}

export type SubsidyStorage = Awaited<ReturnType<typeof subsidyStorage>>;
