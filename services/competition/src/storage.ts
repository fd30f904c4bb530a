import { randomUUID } from 'node:crypto';
import { MongoEventStore } from '@tianfu/eventstore';
import { openCertificateFacts } from '@tianfu/platform-certificates';
import { type PersonalDataConfig, serviceVault } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import { promotionYearClaims, type YearClaim } from './application/promotion-year-claims.ts';

/**
 * Everything competition keeps in MongoDB: its event store and the insert-only promotion-year
 * claims in its own database, personal data sealed under the worker keys of the shared identity
 * database (ARCHITECTURE.md).
 */
export async function competitionStorage(db: Db, identity: Db, keys: PersonalDataConfig, clock: () => Date) {
  return {
    store: await MongoEventStore.create(db, { clock, newId: randomUUID }),
    claims: promotionYearClaims(db.collection<YearClaim>('promotion_years'), clock),
    personalData: serviceVault(db, identity, keys, clock),
    certificates: await openCertificateFacts(db),
  };
}

export type CompetitionStorage = Awaited<ReturnType<typeof competitionStorage>>;
