import { randomUUID } from 'node:crypto';
import { certificationEvents, createEventRegistry } from '@tianfu/contracts';
import { MongoEventStore } from '@tianfu/eventstore';
import { erasureLog, type PersonalDataConfig, type SigningKeyConfig, serviceVault } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import type { CertificateRecord } from './application/certificate-records.ts';
import { createSerialAllocator } from './application/serial-allocator.ts';
import { type SigningKeyDoc, signingKeyStore } from './application/signing-key-store.ts';
import { createStatusIndexAllocator } from './application/status-index-allocator.ts';
import type { StatusFlag } from './application/status-lists.ts';

/**
 * Everything certification keeps in MongoDB, in its own database: the event store, serials and
 * status indexes (insert-only), the verification records, status flags and the signing keys.
 * Names are opened with the worker keys of the shared identity database (docs/architecture.md).
 */
export async function certificationStorage(
  db: Db,
  identity: Db,
  secrets: PersonalDataConfig & SigningKeyConfig,
  clock: () => Date,
) {
  const flags = db.collection<StatusFlag>('status_flags');
  const records = db.collection<CertificateRecord>('certificates');
  await Promise.all([
    flags.createIndex({ listId: 1, purpose: 1 }),
    records.createIndex({ basisReference: 1 }),
    records.createIndex({ 'statusEntry.listId': 1 }),
    records.createIndex({ recordedMinute: 1 }),
    records.createIndex({ reference: 1 }),
    // The certificate office's search by holder and by body.
    records.createIndex({ workerId: 1 }),
    records.createIndex({ bodyId: 1 }),
  ]);
  return {
    store: await MongoEventStore.create(db, {
      clock,
      newId: randomUUID,
      schemaVersions: createEventRegistry(certificationEvents),
    }),
    serials: createSerialAllocator(db.collection('certificate_serials')),
    statusIndexes: createStatusIndexAllocator(db.collection('status_indexes')),
    records,
    flags,
    keys: await signingKeyStore(db.collection<SigningKeyDoc>('signing_keys'), secrets.SIGNING_KEY_WRAP_KEY, clock),
    names: serviceVault(db, identity, secrets, clock),
    erasures: erasureLog(identity),
  };
}

export type CertificationStorage = Awaited<ReturnType<typeof certificationStorage>>;
