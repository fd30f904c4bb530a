import type { NewEvent } from '@tianfu/contracts';
import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from './duplicate-key.ts';
import { concurrencyError, isConcurrencyError } from './errors.ts';
import { newCommit } from './new-commit.ts';
import { AppendNotifier } from './notifier.ts';
import { PublicationMarks } from './publication-marks.ts';
import type { AppendOptions, AppendResult, Commit, CommitRef, EventStore, StoreDeps, StreamRead } from './types.ts';

/**
 * `published` repeats `publishedAt !== null` as a boolean because FerretDB pushes an equality on a
 * boolean down to PostgreSQL (so only unpublished documents reach its Go side) but not one on null.
 */
type CommitDocument = Commit & { _id: string; published: boolean };

const ANY_REVISION_ATTEMPTS = 20;
/** Commits read at once while folding marks into flags, however few the caller asked for. */
const SETTLE_PAGE = 1_000;
/** Commits probed at once while reading a stream; doubles each round, so long streams stay few rounds. */
const FIRST_READ_CHUNK = 4;

/** `<streamId>:<revision>`; unambiguous because the revision, after the last colon, is a number. */
export const commitId = (streamId: string, revision: number): string => `${streamId}:${revision}`;

const toCommit = ({ _id, published, ...commit }: CommitDocument): Commit => commit;

/**
 * The event store on MongoDB or FerretDB: one document per commit whose `_id` is
 * `<streamId>:<revision>`, so the primary key itself makes (streamId, revision) unique. An append
 * is one insert: atomic without transactions, and a stale writer always collides (E11000 becomes
 * ConcurrencyError). Reads go by `_id`, which real MongoDB answers from its primary index.
 * FerretDB 1.24 on SQLite scans the collection for every filter, `_id` included (its query
 * writes `->'$._id'` where the index says `->"_id"`; EXPLAIN shows SCAN), so the relay avoids
 * per-commit reads and writes.
 */
export class MongoEventStore implements EventStore {
  readonly #commits: Collection<CommitDocument>;
  readonly #deps: StoreDeps;
  readonly #marks: PublicationMarks;
  readonly #notifier = new AppendNotifier();

  private constructor(commits: Collection<CommitDocument>, marks: PublicationMarks, deps: StoreDeps) {
    this.#commits = commits;
    this.#marks = marks;
    this.#deps = deps;
  }

  static async create(db: Db, deps: StoreDeps, collection = 'commits'): Promise<MongoEventStore> {
    const commits = db.collection<CommitDocument>(collection);
    await commits.createIndex({ published: 1, committedAt: 1 }, { name: 'outbox' });
    return new MongoEventStore(commits, new PublicationMarks(db, `${collection}_published`), deps);
  }

  async readStream(streamId: string, after = 0): Promise<StreamRead> {
    const commits: Commit[] = [];
    for (let size = FIRST_READ_CHUNK; ; size *= 2) {
      const from = after + commits.length + 1;
      const chunk = await Promise.all(Array.from({ length: size }, (_, i) => this.readCommit(streamId, from + i)));
      const end = chunk.indexOf(null);
      commits.push(...(chunk.slice(0, end === -1 ? size : end) as Commit[]));
      if (end !== -1) break;
    }
    return { revision: after + commits.length, events: commits.flatMap((c) => c.events) };
  }

  async readCommit(streamId: string, revision: number): Promise<Commit | null> {
    const id = commitId(streamId, revision);
    const doc = await this.#commits.findOne({ _id: id });
    if (!doc || doc.published) return doc && toCommit(doc);
    return { ...toCommit(doc), publishedAt: (await this.#marks.among([id])).get(id) ?? null };
  }

  async append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    // A number must be a revision the caller read (as handleCommand does): checking that it is
    // not past the head would cost a read per append, and on FerretDB every read is a scan.
    if (options.expectedRevision !== 'any') return this.#insert(streamId, events, options, options.expectedRevision);
    for (let attempt = 1; ; attempt++) {
      const { revision } = await this.readStream(streamId);
      try {
        return await this.#insert(streamId, events, options, revision);
      } catch (error) {
        if (!isConcurrencyError(error) || attempt >= ANY_REVISION_ATTEMPTS) throw error;
      }
    }
  }

  async #insert(streamId: string, events: readonly NewEvent[], options: AppendOptions, expected: number) {
    const revision = expected + 1;
    const commit = newCommit(streamId, revision, events, options, this.#deps);
    try {
      await this.#commits.insertOne({ _id: commitId(streamId, revision), published: false, ...commit });
    } catch (error) {
      if (isDuplicateKeyError(error)) throw concurrencyError(streamId, expected);
      throw error;
    }
    this.#notifier.notify(commit);
    return { revision, events: commit.events };
  }

  /** Commits neither flagged nor marked published; marks found on the way are folded into flags. */
  async unpublished(limit: number): Promise<Commit[]> {
    const page = Math.max(limit, SETTLE_PAGE);
    for (;;) {
      const docs = await this.#commits
        .find({ published: false })
        .sort({ committedAt: 1, streamId: 1, revision: 1 })
        .limit(page)
        .toArray();
      const marked = await this.#marks.among(docs.map((d) => d._id));
      if (marked.size > 0) await this.#settle(marked);
      const open = docs.filter((d) => !marked.has(d._id));
      if (open.length >= limit || docs.length < page) return open.slice(0, limit).map(toCommit);
    }
  }

  async markPublished(commits: readonly CommitRef[]): Promise<void> {
    const ids = commits.map(({ streamId, revision }) => commitId(streamId, revision));
    await this.#marks.mark(ids, this.#deps.clock().toISOString());
  }

  /** Copies marks into the commits' flags (one statement per batch the marks came in), then drops them. */
  async #settle(marked: Map<string, string>): Promise<void> {
    const byTime = new Map<string, string[]>();
    for (const [id, at] of marked) byTime.set(at, [...(byTime.get(at) ?? []), id]);
    for (const [publishedAt, ids] of byTime) {
      await this.#commits.updateMany({ _id: { $in: ids } }, { $set: { published: true, publishedAt } });
    }
    await this.#marks.forget([...marked.keys()]);
  }

  onAppend(listener: (commit: Commit) => void): () => void {
    return this.#notifier.subscribe(listener);
  }
}
