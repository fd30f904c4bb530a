import type { NewEvent } from '@tianfu/contracts';
import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from './duplicate-key.ts';
import { toEnvelopes } from './envelopes.ts';
import { concurrencyError, isConcurrencyError } from './errors.ts';
import { assertNotEmpty } from './in-memory-store.ts';
import { AppendNotifier } from './notifier.ts';
import type { AppendOptions, AppendResult, Commit, EventStore, StoreDeps, StreamRead } from './types.ts';

const ANY_REVISION_ATTEMPTS = 20;
const noId = { projection: { _id: 0 } } as const;

/**
 * The event store on MongoDB or FerretDB: one document per commit, unique on (streamId, revision).
 * An append is a single insert, so it is atomic without transactions and a stale writer always
 * collides on the unique index (ARCHITECTURE.md "One rule for every write").
 */
export class MongoEventStore implements EventStore {
  readonly #commits: Collection<Commit>;
  readonly #deps: StoreDeps;
  readonly #notifier = new AppendNotifier();

  private constructor(commits: Collection<Commit>, deps: StoreDeps) {
    this.#commits = commits;
    this.#deps = deps;
  }

  static async create(db: Db, deps: StoreDeps, collection = 'commits'): Promise<MongoEventStore> {
    const commits = db.collection<Commit>(collection);
    await commits.createIndex({ streamId: 1, revision: 1 }, { unique: true, name: 'stream_revision' });
    await commits.createIndex({ publishedAt: 1, committedAt: 1 }, { name: 'outbox' });
    return new MongoEventStore(commits, deps);
  }

  async readStream(streamId: string): Promise<StreamRead> {
    const commits = await this.#commits.find({ streamId }, noId).sort({ revision: 1 }).toArray();
    return { revision: commits.at(-1)?.revision ?? 0, events: commits.flatMap((c) => c.events) };
  }

  async append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    assertNotEmpty(events);
    if (options.expectedRevision !== 'any') return this.#insert(streamId, events, options, options.expectedRevision);
    for (let attempt = 1; ; attempt++) {
      const last = await this.#commits.findOne({ streamId }, { sort: { revision: -1 }, projection: { revision: 1 } });
      try {
        return await this.#insert(streamId, events, options, last?.revision ?? 0);
      } catch (error) {
        if (!isConcurrencyError(error) || attempt >= ANY_REVISION_ATTEMPTS) throw error;
      }
    }
  }

  async #insert(streamId: string, events: readonly NewEvent[], options: AppendOptions, expected: number) {
    const revision = expected + 1;
    const commit: Commit = {
      streamId,
      revision,
      events: toEnvelopes(streamId, revision, events, options, this.#deps),
      committedAt: this.#deps.clock().toISOString(),
      publishedAt: null,
    };
    try {
      await this.#commits.insertOne({ ...commit });
    } catch (error) {
      if (isDuplicateKeyError(error)) throw concurrencyError(streamId, expected);
      throw error;
    }
    this.#notifier.notify();
    return { revision, events: commit.events };
  }

  async unpublished(limit: number): Promise<Commit[]> {
    return this.#commits
      .find({ publishedAt: null }, noId)
      .sort({ committedAt: 1, streamId: 1, revision: 1 })
      .limit(limit)
      .toArray();
  }

  async firstUnpublishedRevisions(streamIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.#commits
      .find(
        { streamId: { $in: [...streamIds] }, publishedAt: null },
        { projection: { _id: 0, streamId: 1, revision: 1 } },
      )
      .toArray();
    const first = new Map<string, number>();
    for (const { streamId, revision } of rows) first.set(streamId, Math.min(revision, first.get(streamId) ?? revision));
    return first;
  }

  async markPublished(commits: readonly Pick<Commit, 'streamId' | 'revision'>[]): Promise<void> {
    if (commits.length === 0) return;
    const publishedAt = this.#deps.clock().toISOString();
    // A lost or repeated mark only means a republish, which consumers drop by eventId.
    await this.#commits.bulkWrite(
      commits.map(({ streamId, revision }) => ({
        updateOne: { filter: { streamId, revision }, update: { $set: { publishedAt } } },
      })),
      { ordered: false },
    );
  }

  onAppend(listener: () => void): () => void {
    return this.#notifier.subscribe(listener);
  }
}
