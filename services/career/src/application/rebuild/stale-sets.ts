import type { Db } from 'mongodb';
import { setCollections } from '../read-side.ts';
import type { ReadSidePointer } from './read-side-pointer.ts';

// `v1`, or `v<epoch>_<hex>` as a rebuild names its set; then `_facts`, `_references`, `_summaries`.
const SET_COLLECTION = /^(v\d+(?:_[0-9a-f]+)?)_[a-z]+$/;

/** The sets that own some of these collections, other than those to keep. */
export function staleSets(collectionNames: readonly string[], keep: ReadonlySet<string>): string[] {
  const sets = collectionNames.flatMap((name) => SET_COLLECTION.exec(name)?.[1] ?? []);
  return [...new Set(sets)].filter((set) => !keep.has(set)).sort();
}

/**
 * Drops the sets nothing reads: all but the active one and the one before it (an instance may
 * still be switching away from that), including what an abandoned rebuild left behind.
 */
export async function dropStaleSets(db: Db, pointer: ReadSidePointer): Promise<string[]> {
  const keep = new Set((await pointer.history()).slice(0, 2).map((e) => e.set));
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
  const stale = staleSets(names, keep);
  for (const set of stale) await dropSet(db, set);
  return stale;
}

export async function dropSet(db: Db, set: string): Promise<void> {
  for (const collection of Object.values(setCollections(db, set))) await collection.drop();
}
