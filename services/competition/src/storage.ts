import { randomUUID } from 'node:crypto';
import { competitionEvents, createEventRegistry } from '@tianfu/contracts';
import { MongoEventStore } from '@tianfu/eventstore';
import { openBodyRegistry } from '@tianfu/platform-bodies';
import { openCertificateFacts } from '@tianfu/platform-certificates';
import { type PersonalDataConfig, serviceVault } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import { competitionList } from './application/competition-list.ts';
import { promotionYearClaims, type YearClaim } from './application/promotion-year-claims.ts';

/**
 * Everything competition keeps in MongoDB: its event store, the insert-only promotion-year
 * claims, the organisers' list of competitions and the evaluation bodies it learns of from the assessment topic in its own database, personal data sealed under the worker keys of the shared identity
 * database (docs/architecture.md).
 */
export async function competitionStorage(db: Db, identity: Db, keys: PersonalDataConfig, clock: () => Date) {
  return {
    store: await MongoEventStore.create(db, {
      clock,
      newId: randomUUID,
      schemaVersions: createEventRegistry(competitionEvents),
    }),
    claims: promotionYearClaims(db.collection<YearClaim>('promotion_years'), clock),
    personalData: serviceVault(db, identity, keys, clock),
    certificates: await openCertificateFacts(db),
    bodies: await openBodyRegistry(db),
    list: competitionList(db),
  };
}

export type CompetitionStorage = Awaited<ReturnType<typeof competitionStorage>>;
