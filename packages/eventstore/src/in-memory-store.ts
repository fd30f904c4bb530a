import type { NewEvent } from '@tianfu/contracts';
import { concurrencyError } from './errors.ts';
import { newCommit } from './new-commit.ts';
import { AppendNotifier } from './notifier.ts';
import type { AppendOptions, AppendResult, Commit, CommitRef, EventStore, StoreDeps, StreamRead } from './types.ts';
import { firstUnpublished } from './unpublished-pages.ts';

/** The event store in memory, same contract as the MongoDB one: for domain and application tests. */
export class InMemoryEventStore implements EventStore {
  readonly #streams = new Map<string, Commit[]>();
  readonly #order: Commit[] = [];
  readonly #notifier = new AppendNotifier();
  readonly #deps: StoreDeps;

  constructor(deps: StoreDeps) {
    this.#deps = deps;
  }

  async readStream(streamId: string, after = 0): Promise<StreamRead> {
    const commits = this.#streams.get(streamId) ?? [];
    return { revision: Math.max(commits.length, after), events: commits.slice(after).flatMap((c) => c.events) };
  }

  async append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const commits = this.#streams.get(streamId) ?? [];
    const expected = options.expectedRevision === 'any' ? commits.length : options.expectedRevision;
    if (commits.length !== expected) throw concurrencyError(streamId, expected);
    const revision = expected + 1;
    const commit = newCommit(streamId, revision, events, options, this.#deps);
    this.#streams.set(streamId, [...commits, commit]);
    this.#order.push(commit);
    this.#notifier.notify(commit);
    return { revision, events: commit.events };
  }

  async *unpublishedPages(pageSize: number): AsyncGenerator<Commit[]> {
    const open = this.#order.filter((c) => c.publishedAt === null);
    for (let i = 0; i < open.length; i += pageSize) yield open.slice(i, i + pageSize);
  }

  unpublished(limit: number): Promise<Commit[]> {
    return firstUnpublished(this.unpublishedPages(limit), limit);
  }

  async readCommit(streamId: string, revision: number): Promise<Commit | null> {
    return this.#streams.get(streamId)?.[revision - 1] ?? null;
  }

  async markPublished(commits: readonly CommitRef[]): Promise<void> {
    const publishedAt = this.#deps.clock().toISOString();
    for (const { streamId, revision } of commits) {
      const stream = this.#streams.get(streamId);
      const index = revision - 1;
      const commit = stream?.[index];
      if (!stream || !commit || commit.publishedAt !== null) continue;
      const marked = { ...commit, publishedAt };
      stream[index] = marked;
      this.#order[this.#order.indexOf(commit)] = marked;
    }
  }

  onAppend(listener: (commit: Commit) => void): () => void {
    return this.#notifier.subscribe(listener);
  }
}
