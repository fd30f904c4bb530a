import type { Consumer } from '@platformatic/kafka';
import type { TopicPartitionOffset } from '../port/messages.ts';

const key = (topic: string, partition: number) => `${topic}|${partition}`;

/**
 * The offsets a handler resolved (the next offset to read, per partition) and which of them the
 * group has committed. With an interval, resolved offsets are committed after each batch and on
 * the interval; without, only by `commit`.
 */
export class OffsetCommits {
  readonly #consumer: Consumer<Buffer, Buffer, Buffer, Buffer>;
  readonly #intervalMs: number | false;
  readonly #resolved = new Map<string, TopicPartitionOffset>();
  readonly #committed = new Map<string, string>();
  #lastCommit = Date.now();

  constructor(consumer: Consumer<Buffer, Buffer, Buffer, Buffer>, intervalMs: number | false) {
    this.#consumer = consumer;
    this.#intervalMs = intervalMs;
  }

  resolve(topic: string, partition: number, offset: string): void {
    this.#resolved.set(key(topic, partition), { topic, partition, offset: String(BigInt(offset) + 1n) });
  }

  /** The messages at or past the partition's next offset to read: not resolved yet. */
  unresolved<M extends { offset: bigint }>(topic: string, partition: number, messages: readonly M[]): M[] {
    const next = this.#resolved.get(key(topic, partition))?.offset;
    return next === undefined ? [...messages] : messages.filter((m) => m.offset >= BigInt(next));
  }

  async commitIfNecessary(): Promise<void> {
    if (this.#intervalMs !== false && Date.now() - this.#lastCommit >= this.#intervalMs) await this.flush();
  }

  async afterBatch(): Promise<void> {
    if (this.#intervalMs !== false) await this.flush();
  }

  /** Commits what is resolved and not committed yet (with automatic commits). */
  async flush(): Promise<void> {
    if (this.#intervalMs === false) return;
    const due = [...this.#resolved.entries()].filter(([k, o]) => this.#committed.get(k) !== o.offset);
    this.#lastCommit = Date.now();
    if (due.length === 0) return;
    await this.commit(due.map(([, o]) => o));
  }

  /** Commits `offset` as the partition's next, whatever was resolved there (a seek, back or forward). */
  async moveTo(offset: TopicPartitionOffset): Promise<void> {
    await this.commit([offset]);
    this.#resolved.set(key(offset.topic, offset.partition), offset);
  }

  async commit(offsets: readonly TopicPartitionOffset[]): Promise<void> {
    await this.#consumer.commit({
      offsets: offsets.map((o) => ({
        topic: o.topic,
        partition: o.partition,
        offset: BigInt(o.offset),
        leaderEpoch: -1,
      })),
    });
    for (const o of offsets) this.#committed.set(key(o.topic, o.partition), o.offset);
  }
}
