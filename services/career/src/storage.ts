import { chinaDate } from '@tianfu/contracts';
import type { PersonalDataConfig } from '@tianfu/service-kit';
import { serviceVault } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import { type CareerReadSide, openReadSide } from './application/read-side.ts';
import { ActiveProjection } from './application/rebuild/active-projection.ts';
import { readSidePointer } from './application/rebuild/read-side-pointer.ts';
import { trainingGroupCounts } from './application/training-group-counts.ts';

/** The collection set of the first start; a rebuild replays into a fresh one and swaps it in. */
export const INITIAL_SET = 'v1';

/**
 * The career read side in its own database (the set the pointer names), the vault for the
 * names it shows masked, and the training counts kept across sets. `claim` runs before a set is loaded: where this instance's consumer of the
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
  const vault = serviceVault(db, identity, keys, clock);
  return {
    readSide: (): CareerReadSide => projection.readSide(),
    projection,
    pointer,
    today,
    vault,
    groupCounts: await trainingGroupCounts(db, vault),
  };
}

export type CareerStorage = Awaited<ReturnType<typeof careerStorage>>;
