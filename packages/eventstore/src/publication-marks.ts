import { type Collection, type Db, ObjectId } from 'mongodb';

/** One published batch: the ids of its commits. (A mark made before batches names one commit by `_id`.) */
interface Mark {
  _id: ObjectId | string;
  ids?: string[];
  at: string;
}

/**
 * "These commits are on Kafka", recorded by inserting one document per published batch: an update
 * of the commits themselves costs FerretDB a read, decode and rewrite of each, and a document per
 * commit costs it and PostgreSQL a row and its index entries each. The sweep later folds marks
 * into the commits' own `published` flag and forgets them.
 */
export class PublicationMarks {
  readonly #marks: Collection<Mark>;

  constructor(db: Db, collection: string) {
    this.#marks = db.collection<Mark>(collection);
  }

  /** Marks the commits of one batch. A commit marked twice (a republish) keeps either time. */
  async mark(commitIds: readonly string[], at: string): Promise<void> {
    if (commitIds.length > 0) await this.#marks.insertOne({ _id: new ObjectId(), ids: [...commitIds], at });
  }

  /** When the commit was marked published, or null: no index, the collection holds only the batches since the last fold. */
  async of(commitId: string): Promise<string | null> {
    return (await this.#marks.findOne({ ids: commitId }))?.at ?? null;
  }

  /** Every mark not yet folded: the time of each commit marked, and the marks to forget once folded. */
  async all(): Promise<{ marked: Map<string, string>; marks: Mark['_id'][] }> {
    const marks = await this.#marks.find().toArray();
    const marked = new Map<string, string>();
    for (const { _id, ids, at } of marks) for (const id of ids ?? [String(_id)]) marked.set(id, at);
    return { marked, marks: marks.map((m) => m._id) };
  }

  /** Drops folded marks: `$in` runs in Go over the collection, which holds only the batches since the last fold. */
  async forget(marks: readonly Mark['_id'][]): Promise<void> {
    if (marks.length > 0) await this.#marks.deleteMany({ _id: { $in: [...marks] } });
  }
}
