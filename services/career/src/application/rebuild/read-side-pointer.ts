import { insertOnce } from '@tianfu/messaging';
import type { Db } from 'mongodb';

/** One switch of the read side: epoch n names the set that answers from then on. */
export interface SetEpoch {
  readonly epoch: number;
  readonly set: string;
}

interface EpochDocument {
  readonly _id: number;
  readonly set: string;
  readonly at: Date;
}

export const EPOCHS_COLLECTION = 'read_side_epochs';

/**
 * Which set of collections answers, as inserts only (docs/architecture.md "One rule for every
 * write"): the top epoch's set is active; a swap inserts the next epoch, and the unique `_id`
 * lets exactly one writer have it, on FerretDB as on MongoDB.
 */
export function readSidePointer(db: Db, initialSet: string, clock: () => Date) {
  const epochs = db.collection<EpochDocument>(EPOCHS_COLLECTION);
  const top = () => epochs.findOne({}, { sort: { _id: -1 } });
  const claim = async (epoch: number, set: string): Promise<boolean> =>
    (await insertOnce(epochs, { _id: epoch, set, at: clock() })) === 'inserted';

  return {
    /** The active set; the first start of all makes it epoch 1 = `initialSet` (one of several starting instances wins). */
    async active(): Promise<SetEpoch> {
      let found = await top();
      if (found === null) {
        await claim(1, initialSet);
        found = await top();
      }
      if (found === null) throw new Error(`${EPOCHS_COLLECTION}: epoch 1 was inserted but cannot be read`);
      return { epoch: found._id, set: found.set };
    },
    /** Makes `set` active as `epoch`; false when that epoch is taken (another swap came first). */
    claim,
    /** Every epoch, newest first. */
    async history(): Promise<SetEpoch[]> {
      const docs = await epochs.find({}, { sort: { _id: -1 } }).toArray();
      return docs.map(({ _id, set }) => ({ epoch: _id, set }));
    },
  };
}

export type ReadSidePointer = ReturnType<typeof readSidePointer>;
