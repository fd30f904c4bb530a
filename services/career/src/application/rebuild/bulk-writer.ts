import type { Collection, Document, OptionalUnlessRequiredId } from 'mongodb';
import { insertAllOnce } from '../insert-all-once.ts';

export interface BulkWriterOptions {
  readonly batchSize: number;
  /** Writes in flight at once: the replay goes on reading and projecting while they run. */
  readonly concurrency: number;
}

/**
 * Buffers documents into unordered `insertMany` batches, several in flight at once; `add` waits
 * only when that many are running. Duplicates (`_id` already there) are nothing, as everywhere.
 */
export class BulkWriter<T extends Document> {
  readonly #collection: Collection<T>;
  readonly #options: BulkWriterOptions;
  #buffer: OptionalUnlessRequiredId<T>[] = [];
  readonly #inFlight = new Set<Promise<void>>();
  #failure: unknown = null;

  constructor(collection: Collection<T>, options: BulkWriterOptions) {
    this.#collection = collection;
    this.#options = options;
  }

  async add(docs: readonly OptionalUnlessRequiredId<T>[]): Promise<void> {
    for (const doc of docs) this.#buffer.push(doc);
    while (this.#buffer.length >= this.#options.batchSize) {
      this.#start(this.#buffer.splice(0, this.#options.batchSize));
      while (this.#inFlight.size >= this.#options.concurrency) await Promise.race(this.#inFlight);
    }
    this.#throwIfFailed();
  }

  /** Writes what is buffered and waits for every write; throws the first failure. */
  async flush(): Promise<void> {
    if (this.#buffer.length > 0) this.#start(this.#buffer.splice(0));
    await Promise.all(this.#inFlight);
    this.#throwIfFailed();
  }

  #start(batch: OptionalUnlessRequiredId<T>[]): void {
    const write = insertAllOnce(this.#collection, batch).catch((error: unknown) => {
      this.#failure ??= error;
    });
    const tracked = write.finally(() => this.#inFlight.delete(tracked));
    this.#inFlight.add(tracked);
  }

  #throwIfFailed(): void {
    if (this.#failure !== null) throw this.#failure;
  }
}
