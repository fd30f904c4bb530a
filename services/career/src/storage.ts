import { chinaDate } from '@tianfu/contracts';
import type { PersonalDataConfig } from '@tianfu/service-kit';
import { serviceVault } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import { type CareerReadSide, openReadSide } from './application/read-side.ts';

/** The collection set the read side lives in. */
export const INITIAL_SET = 'v1';

/** The career read side in its own database, and the vault for the names it shows masked. */
export async function careerStorage(db: Db, identity: Db, keys: PersonalDataConfig, clock: () => Date) {
  const today = () => chinaDate(clock().toISOString());
  const active: CareerReadSide = await openReadSide(db, INITIAL_SET, today);
  return {
    readSide: (): CareerReadSide => active,
    vault: serviceVault(db, identity, keys, clock),
  };
}

export type CareerStorage = Awaited<ReturnType<typeof careerStorage>>;
