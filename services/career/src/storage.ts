import { chinaDate } from '@tianfu/contracts';
import type { PersonalDataConfig } from '@tianfu/service-kit';
import { serviceVault } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import { type CareerReadSide, openReadSide } from './application/read-side.ts';
import { ActiveProjection } from './application/rebuild/active-projection.ts';
import { readSidePointer } from './application/rebuild/read-side-pointer.ts';

/** The collection set of the first start; a rebuild replays into a fresh one and swaps it in. */
export const INITIAL_SET = 'v1';

/**
 * The career read side in its own database (the set the pointer names), and the vault for the
 * names it shows masked. `claim` runs before a set is loaded: where this instance's consumer of the
 * set will start (replica-groups.ts); without live consumers there is nothing to claim.
 */
export async function careerStorage(
  db: Db,
  identity: Db,
  keys: PersonalDataConfig,
  clock: () => Date,
  claim: (set: string) => Promise<void> = async () => {},
) {
  const today = () => chinaDate(clock().toISOString());
  const pointer = readSidePointer(db, INITIAL_SET, clock);
  const projection = await ActiveProjection.open(pointer, async (set) => {
    await claim(set);
    return openReadSide(db, set, today);
  });
  return {
    readSide: (): CareerReadSide => projection.readSide(),
    projection,
    pointer,
    today,
    vault: serviceVault(db, identity, keys, clock),
  };
}

export type CareerStorage = Awaited<ReturnType<typeof careerStorage>>;
