import { randomUUID } from 'node:crypto';
import { MongoEventStore } from '@tianfu/eventstore';
import { openCertificateFacts } from '@tianfu/platform-certificates';
import { type PersonalDataConfig, serviceVault } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import { createBodyDirectory } from './application/body-directory.ts';
import { knownLevels } from './application/known-levels.ts';
import { outcomeFacts } from './application/outcome-facts.ts';
import { createSessionIndex } from './application/session-index.ts';
import { openTrainingFacts } from './application/training-facts.ts';
import { assessmentRegistry } from './stored-events.ts';

/**
 * Everything assessment keeps in MongoDB: its event store, directory cache and the facts of the
 * levels workers hold, the trainings they completed and the listed sessions in its own database, personal data sealed under keys in the shared identity
 * database (docs/architecture.md).
 */
export async function assessmentStorage(db: Db, identity: Db, keys: PersonalDataConfig, clock: () => Date) {
  const store = await MongoEventStore.create(db, { clock, newId: randomUUID, schemaVersions: assessmentRegistry });
  const directory = createBodyDirectory(db.collection('body_directory'));
  const personalData = serviceVault(db, identity, keys, clock);
  const outcomes = outcomeFacts(db.collection('outcome_facts'));
  const sessionIndex = createSessionIndex(db.collection('session_index'));
  const [certificates, trainings] = await Promise.all([
    openCertificateFacts(db),
    openTrainingFacts(db),
    db.collection('outcome_facts').createIndex({ workerId: 1 }),
    db.collection('session_index').createIndex({ bodyId: 1, date: -1 }),
  ]);
  const known = knownLevels(outcomes, certificates);
  return { store, directory, personalData, outcomes, certificates, trainings, known, sessionIndex };
}
