import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from './duplicate-key.ts';

interface Mark {
  _id: string;
  at: string;
}

/**
 * "This commit is on Kafka", recorded by inserting a tiny document per commit. The relay marks
 * each batch this way because an insert costs the same on any server, while an update of the
 * commits themselves makes FerretDB read and decode every candidate document first. The sweep
 * later folds marks into the commits' own `published` flag and forgets them.
 */
export class PublicationMarks {
  readonly #marks: Collection<Mark>;

  constructor(db: Db, collection: string) {
    this.#marks = db.collection<Mark>(collection);
  }

  async mark(commitIds: readonly string[], at: string): Promise<void> {
    if (commitIds.length === 0) return;
    try {
      await this.#marks.insertMany(
        commitIds.map((_id) => ({ _id, at })),
        { ordered: false },
      );
    } catch (error) {
      // Marked twice (a republish): the first mark stands.
      if (!onlyDuplicates(error)) throw error;
    }
  }

  /** The marks among `commitIds`, by commit id. */
  async among(commitIds: readonly string[]): Promise<Map<string, string>> {
    if (commitIds.length === 0) return new Map();
    const marks = await this.#marks.find({ _id: { $in: [...commitIds] } }).toArray();
    return new Map(marks.map((m) => [m._id, m.at]));
  }

  async forget(commitIds: readonly string[]): Promise<void> {
    if (commitIds.length > 0) await this.#marks.deleteMany({ _id: { $in: [...commitIds] } });
  }
}

function onlyDuplicates(error: unknown): boolean {
  const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
  const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
  return list.length > 0 ? list.every(isDuplicateKeyError) : isDuplicateKeyError(error);
}
