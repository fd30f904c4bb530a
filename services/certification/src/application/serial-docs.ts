import type { Collection } from 'mongodb';

/** One claimed serial; `_id` zero-pads it so the ids of a scope sort in serial order. */
export interface SerialDoc {
  readonly _id: string;
  readonly scope: string;
  readonly serial: number;
  readonly certificateId: string;
}

export const SERIAL_ID_WIDTH = 6;

export const serialId = (scope: string, serial: number): string =>
  `${scope}:${String(serial).padStart(SERIAL_ID_WIDTH, '0')}`;

/**
 * The highest serial claimed in `scope`, 0 when none. FerretDB answers this by a scan (no sort or
 * range pushdown), so the allocator reads it only when its hint is cold.
 */
export async function latestSerial(collection: Collection<SerialDoc>, scope: string): Promise<number> {
  const [latest] = await collection
    .find({ _id: { $gte: serialId(scope, 0), $lte: serialId(scope, 10 ** SERIAL_ID_WIDTH - 1) } })
    .sort({ _id: -1 })
    .limit(1)
    .toArray();
  return latest?.serial ?? 0;
}
