import type { Commit, CommitRef, EventStore } from '../types.ts';

const MAX_KNOWN_HEADS = 100_000;

/** Highest revision per stream the relay knows to be on Kafka: saves a store read per commit. */
export class PublishedHeads {
  readonly #heads = new Map<string, number>();

  /** Whether the commit is known to be published already. */
  covers({ streamId, revision }: CommitRef): boolean {
    return (this.#heads.get(streamId) ?? 0) >= revision;
  }

  add(commits: readonly Commit[]): void {
    if (this.#heads.size > MAX_KNOWN_HEADS) this.#heads.clear();
    for (const { streamId, revision } of commits) {
      this.#heads.set(streamId, Math.max(revision, this.#heads.get(streamId) ?? 0));
    }
  }

  clear(): void {
    this.#heads.clear();
  }
}

/** The marks of a published batch being written: settles to the error, if any. */
type Marking = Promise<{ error: unknown } | null>;

const nothingMarking: Marking = Promise.resolve(null);

/** The marks of the batch last published, written while the next batch goes out. */
export class PendingMarks {
  readonly #heads: PublishedHeads;
  #marking: Marking = nothingMarking;

  constructor(heads: PublishedHeads) {
    this.#heads = heads;
  }

  write(store: EventStore, commits: readonly Commit[]): void {
    this.#marking = store.markPublished(commits).then(
      () => null,
      (error: unknown) => ({ error }),
    );
  }

  /**
   * Waits for the last batch's marks. If they failed, that batch is on Kafka but not marked:
   * forgetting what is known published lets the next sweep publish and mark it again.
   */
  async settled(): Promise<void> {
    const failed = await this.#marking;
    this.#marking = nothingMarking;
    if (failed === null) return;
    this.#heads.clear();
    throw failed.error;
  }
}
