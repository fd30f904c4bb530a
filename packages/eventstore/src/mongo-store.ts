import type { EventEnvelope, NewEvent } from '@tianfu/contracts';
import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from './duplicate-key.ts';
import { concurrencyError, isConcurrencyError } from './errors.ts';
import { newCommit } from './new-commit.ts';
import { AppendNotifier } from './notifier.ts';
import { PublicationMarks } from './publication-marks.ts';
import type { AppendOptions, AppendResult, Commit, CommitRef, EventStore, StoreDeps, StreamRead } from './types.ts';
import { firstUnpublished, inCommitOrder } from './unpublished-pages.ts';

/**
 * A commit as stored, only what cannot be derived: FerretDB spends ~10 µs of Go per field of
 * every document it reads or writes, so the stream and revision are read from `_id`, and
 * `publishedAt` is only set once published. `events` is the events' JSON text: a 15,000-event
 * commit stored as objects took FerretDB seconds to insert and far longer to read, one string next
 * to nothing. (Commits stored before keep their array and their other fields, read as they are.)
 * `published` repeats `publishedAt !== null` as a boolean because FerretDB pushes an equality on
 * a boolean down to PostgreSQL (so only unpublished documents reach its Go side) but not one on null.
 */
interface CommitDocument {
  _id: string;
  published: boolean;
  committedAt: string;
  events: string | readonly EventEnvelope[];
  publishedAt?: string | null;
}

const ANY_REVISION_ATTEMPTS = 20;
/** Commit flags updated at once while folding marks into them. */
const SETTLE_CONCURRENCY = 4;
/** Commits probed at once while reading a stream; doubles each round, so long streams stay few rounds. */
const FIRST_READ_CHUNK = 4;

/** `<streamId>:<revision>`; unambiguous because the revision, after the last colon, is a number. */
export const commitId = (streamId: string, revision: number): string => `${streamId}:${revision}`;

function toCommit({ _id, committedAt, events, publishedAt }: CommitDocument): Commit {
  const separator = _id.lastIndexOf(':');
  return {
    streamId: _id.slice(0, separator),
    revision: Number(_id.slice(separator + 1)),
    events: typeof events === 'string' ? JSON.parse(events) : events,
    committedAt,
    publishedAt: publishedAt ?? null,
  };
}

/**
 * The event store on MongoDB or FerretDB: one document per commit whose `_id` is
 * `<streamId>:<revision>`, so the primary key itself makes (streamId, revision) unique. An append
 * is one insert: atomic without transactions, and a stale writer always collides (E11000 becomes
 * ConcurrencyError). Reads go by `_id`, which real MongoDB answers from its primary index.
 * FerretDB 1.24 pushes down only equalities (`$in`, ranges and sorts run in Go over every
 * document they could match), so every query here is an equality or a plain scan.
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
      const chunk = await Promise.all(Array.from({ length: size }, (_, i) => this.#find(streamId, from + i)));
      const end = chunk.indexOf(null);
      commits.push(...(chunk.slice(0, end === -1 ? size : end) as CommitDocument[]).map(toCommit));
      if (end !== -1) break;
    }
    return { revision: after + commits.length, events: commits.flatMap((c) => c.events) };
  }

  async readCommit(streamId: string, revision: number): Promise<Commit | null> {
    const doc = await this.#find(streamId, revision);
    if (!doc || doc.published) return doc && toCommit(doc);
    return { ...toCommit(doc), publishedAt: await this.#marks.of(doc._id) };
  }

  /** The commit as stored: its flag may not show a publication still only marked. */
  #find(streamId: string, revision: number): Promise<CommitDocument | null> {
    return this.#commits.findOne({ _id: commitId(streamId, revision) });
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
      await this.#commits.insertOne({
        _id: commitId(streamId, revision),
        published: false,
        committedAt: commit.committedAt,
        events: JSON.stringify(commit.events),
      });
    } catch (error) {
      if (isDuplicateKeyError(error)) throw concurrencyError(streamId, expected);
      throw error;
    }
    this.#notifier.notify(commit);
    return { revision, events: commit.events };
  }

  /**
   * Commits neither flagged nor marked published, streamed in pages (no sort: FerretDB sorts in Go
   * after reading every match, while an unsorted cursor decodes only the batch asked for). Once
   * every page is read, the marks it skipped are folded into the commits' flags.
   */
  async *unpublishedPages(pageSize: number): AsyncGenerator<Commit[]> {
    const { marked, marks } = await this.#marks.all();
    const cursor = this.#commits.find({ published: false }, { batchSize: pageSize });
    const page: Commit[] = [];
    try {
      for await (const doc of cursor) {
        if (marked.has(doc._id)) continue;
        page.push(toCommit(doc));
        if (page.length === pageSize) yield inCommitOrder(page.splice(0));
      }
    } finally {
      await cursor.close();
    }
    if (page.length > 0) yield inCommitOrder(page);
    await this.#settle(marked);
    await this.#marks.forget(marks);
  }

  unpublished(limit: number): Promise<Commit[]> {
    return firstUnpublished(this.unpublishedPages(limit), limit);
  }

  async markPublished(commits: readonly CommitRef[]): Promise<void> {
    const ids = commits.map(({ streamId, revision }) => commitId(streamId, revision));
    await this.#marks.mark(ids, this.#deps.clock().toISOString());
  }

  /**
   * Copies marks into the commits' flags: one update per commit, by `_id`, a few at a time. An
   * update matching many commits (`$in`) makes FerretDB decode the whole collection, and many
   * updates in one command each hold a PostgreSQL connection until the command ends.
   */
  async #settle(marked: Map<string, string>): Promise<void> {
    const entries = [...marked];
    const settleNext = async (): Promise<void> => {
      for (let entry = entries.pop(); entry; entry = entries.pop()) {
        const [_id, publishedAt] = entry;
        await this.#commits.updateOne({ _id }, { $set: { published: true, publishedAt } });
      }
    };
    await Promise.all(Array.from({ length: SETTLE_CONCURRENCY }, settleNext));
  }

  onAppend(listener: (commit: Commit) => void): () => void {
    return this.#notifier.subscribe(listener);
  }
}
