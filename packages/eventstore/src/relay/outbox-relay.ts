import type { EventEnvelope } from '@tianfu/contracts';
import type { EventStore } from '../types.ts';
import type { Lease } from './lease.ts';
import { publishableCommits } from './publishable.ts';

/** Puts events on Kafka (or anything else) and resolves once they are acknowledged. */
export interface EventPublisher {
  publish(events: readonly EventEnvelope[]): Promise<void>;
}

export interface RelayLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface OutboxRelayOptions {
  readonly store: EventStore;
  readonly publisher: EventPublisher;
  readonly lease: Lease;
  readonly logger: RelayLogger;
  readonly batchSize?: number;
  /** Safety net: how often to look for unpublished commits when nothing woke the relay. */
  readonly pollIntervalMs?: number;
  /** How often the holder renews the lease (and a follower asks for it); below the lease's ttl. */
  readonly leaseCheckMs?: number;
  readonly maxBackoffMs?: number;
}

/**
 * Publishes unpublished commits in per-stream revision order, then marks them published.
 * At-least-once: a crash between publish and mark republishes, and consumers drop the copies
 * by eventId. While Kafka is down it backs off and retries; nothing is marked, nothing is lost.
 */
export class OutboxRelay {
  readonly #o: Required<OutboxRelayOptions>;
  #running = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #appended = false;
  #unsubscribe: (() => void) | undefined;
  #leaseCheckedAt = 0;
  #holding = false;

  constructor(options: OutboxRelayOptions) {
    this.#o = { batchSize: 500, pollIntervalMs: 1000, leaseCheckMs: 3000, maxBackoffMs: 5000, ...options };
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#unsubscribe = this.#o.store.onAppend(() => {
      this.#appended = true;
      this.#wake?.();
    });
    this.#loop = this.#run();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#unsubscribe?.();
    this.#wake?.();
    await this.#loop;
    if (this.#holding) await this.#o.lease.release();
    this.#holding = false;
  }

  /** Publishes one batch if this process holds the lease; returns how many commits went out. */
  async drainOnce(): Promise<number> {
    if (!(await this.#holdsLease())) return 0;
    const { store, publisher, batchSize } = this.#o;
    this.#appended = false;
    const batch = await store.unpublished(batchSize);
    if (batch.length === 0) return 0;
    const first = await store.firstUnpublishedRevisions([...new Set(batch.map((c) => c.streamId))]);
    const ready = publishableCommits(batch, first);
    await publisher.publish(ready.flatMap((c) => c.events));
    await store.markPublished(ready);
    return ready.length;
  }

  async #run(): Promise<void> {
    let failures = 0;
    while (this.#running) {
      try {
        const published = await this.drainOnce();
        failures = 0;
        if (published < this.#o.batchSize) await this.#sleep(this.#o.pollIntervalMs, true);
      } catch (error) {
        failures += 1;
        const backoffMs = Math.min(this.#o.maxBackoffMs, 100 * 2 ** failures);
        this.#o.logger.warn({ err: error, failures, backoffMs }, 'outbox relay could not publish; will retry');
        await this.#sleep(backoffMs, false);
      }
    }
  }

  async #holdsLease(): Promise<boolean> {
    const now = Date.now();
    if (now - this.#leaseCheckedAt < this.#o.leaseCheckMs) return this.#holding;
    const holding = await this.#o.lease.tryAcquire();
    if (holding !== this.#holding) this.#o.logger.info({ holding }, 'outbox relay lease changed');
    this.#holding = holding;
    this.#leaseCheckedAt = now;
    return holding;
  }

  /**
   * Waits for the interval, or less when stopped or, if `wakeable`, when something was appended
   * (also during the last drain). Backoff after a failure is not wakeable: appends while Kafka
   * is down must not turn into a retry storm.
   */
  #sleep(ms: number, wakeable: boolean): Promise<void> {
    if (!this.#running || (wakeable && this.#appended)) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(finish, ms);
      function finish() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = () => {
        if (wakeable || !this.#running) finish();
      };
    });
  }
}
