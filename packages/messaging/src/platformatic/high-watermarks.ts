import type { Consumer } from '@platformatic/kafka';

const REFRESH_MS = 1_000;

/**
 * Each partition's end as last listed: this client's stream does not say it, and the lag gauge
 * wants it. Listed again at most every second per topic, never waited for.
 */
export class HighWatermarks {
  readonly #consumer: Consumer<Buffer, Buffer, Buffer, Buffer>;
  readonly #ends = new Map<string, bigint[]>();
  readonly #listedAt = new Map<string, number>();
  #stopped = false;

  constructor(consumer: Consumer<Buffer, Buffer, Buffer, Buffer>) {
    this.#consumer = consumer;
  }

  /** The partition's end: at least the offset after `lastOffset`. */
  of(topic: string, partition: number, lastOffset: string | undefined): string {
    this.#refresh(topic);
    const listed = this.#ends.get(topic)?.[partition] ?? 0n;
    const seen = lastOffset === undefined ? 0n : BigInt(lastOffset) + 1n;
    return String(listed > seen ? listed : seen);
  }

  stop(): void {
    this.#stopped = true;
  }

  #refresh(topic: string): void {
    if (this.#stopped || Date.now() - (this.#listedAt.get(topic) ?? 0) < REFRESH_MS) return;
    this.#listedAt.set(topic, Date.now());
    this.#consumer
      .listOffsets({ topics: [topic] })
      .then((offsets) => {
        const ends = offsets.get(topic);
        if (ends) this.#ends.set(topic, ends);
      })
      .catch(() => undefined);
  }
}
