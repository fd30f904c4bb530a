import type { Collection, Db } from 'mongodb';
import { onlyDuplicateKeys } from './duplicate-key.ts';

interface Mark {
  _id: string;
  at: string;
}

/**
 * "This commit is on Kafka", recorded by inserting a tiny document per commit: the relay marks a
 * whole batch with one insert, while an update of the commits themselves costs FerretDB a read,
 * decode and rewrite of each. The sweep later folds marks into the commits' own `published` flag
 * and forgets them. Every query here is an equality or reads the whole (small) collection:
 * FerretDB evaluates `$in` in Go over every document.
 */
export class PublicationMarks {
  readonly #marks: Collection<Mark>;

  constructor(db: Db, collection: string) {
    this.#marks = db.collection<Mark>(collection);
  }

  /** Marks the commits of one batch, all with the time `at` (which is how they are forgotten). */
  async mark(commitIds: readonly string[], at: string): Promise<void> {
    if (commitIds.length === 0) return;
    try {
      await this.#marks.insertMany(
        commitIds.map((_id) => ({ _id, at })),
        { ordered: false },
      );
    } catch (error) {
      // Marked twice (a republish): the first mark stands.
      if (!onlyDuplicateKeys(error)) throw error;
    }
  }

  /** When the commit was marked published, or null. */
  async of(commitId: string): Promise<string | null> {
    return (await this.#marks.findOne({ _id: commitId }))?.at ?? null;
  }

  /** Every mark not yet folded, by commit id. */
  async all(): Promise<Map<string, string>> {
    const marks = await this.#marks.find().toArray();
    return new Map(marks.map((m) => [m._id, m.at]));
  }

  /** Drops the marks made at these times; a mark forgotten before its fold only means a republish. */
  async forget(times: Iterable<string>): Promise<void> {
    for (const at of new Set(times)) await this.#marks.deleteMany({ at });
  }
}
