import type { EventEnvelope } from '@tianfu/contracts';
import type { Commit, CommitRef, EventStore } from '../types.ts';
import type { Lease } from './lease.ts';
import { publishableCommits } from './publishable.ts';

const MAX_KNOWN_HEADS = 100_000;
const refKey = ({ streamId, revision }: CommitRef): string => `${streamId}:${revision}`;

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
  /** Most commits one sweep reads; a sweep that finds fewer has seen every unpublished commit. */
  readonly sweepLimit?: number;
  /** Safety net: how often to sweep the store for unpublished commits this process was not told of. */
  readonly sweepIntervalMs?: number;
  /** How often the holder renews the lease (and a follower asks for it); below the lease's ttl. */
  readonly leaseCheckMs?: number;
  readonly maxBackoffMs?: number;
}

/**
 * Publishes unpublished commits in per-stream revision order, then marks them published.
 * Commits appended in this process arrive by notification and go out at once; a sweep of the
 * store (at start, on taking the lease, after a failure, and every sweepIntervalMs) catches the
 * rest. At-least-once: a crash between publish and mark republishes, and consumers drop copies
 * by eventId. While Kafka is down it backs off and retries; nothing is marked, nothing is lost.
 */
export class OutboxRelay {
  readonly #o: Required<OutboxRelayOptions>;
  readonly #queue: Commit[] = [];
  #running = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #unsubscribe: (() => void) | undefined;
  #leaseCheckedAt = 0;
  #holding = false;
  #sweepDue = true;
  #lastSweep = 0;
  /** Highest revision per stream this relay knows to be on Kafka: saves a store read per commit. */
  readonly #publishedHeads = new Map<string, number>();
  /** What the last sweep found and has not published yet, oldest first. */
  #backlog: Commit[] = [];
  /** Commits the previous sweep found unpublished, by `streamId:revision`. */
  #previousSweep = new Set<string>();
  /** Per stream, a lowest unpublished revision whose predecessor is known to be published (see #readSweep). */
  #trustedFirst = new Map<string, number>();

  constructor(options: OutboxRelayOptions) {
    this.#o = {
      batchSize: 500,
      sweepLimit: 10_000,
      sweepIntervalMs: 30_000,
      leaseCheckMs: 3000,
      maxBackoffMs: 5000,
      ...options,
    };
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#unsubscribe = this.#o.store.onAppend((commit) => this.#enqueue(commit));
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
    if (this.#backlog.length === 0 && (this.#sweepDue || Date.now() - this.#lastSweep >= this.#o.sweepIntervalMs)) {
      await this.#sweep();
    }
    const candidates = [...this.#queue.splice(0, batchSize), ...this.#backlog.splice(0, batchSize)].filter(
      (c) => c.revision > (this.#publishedHeads.get(c.streamId) ?? 0),
    );
    const { ready, heldBack } = await publishableCommits(candidates, (ref) => this.#predecessorPublished(ref));
    if (heldBack > 0) this.#sweepDue = true;
    if (ready.length === 0) return 0;
    await publisher.publish(ready.flatMap((c) => c.events));
    await store.markPublished(ready);
    if (this.#publishedHeads.size > MAX_KNOWN_HEADS) this.#publishedHeads.clear();
    for (const { streamId, revision } of ready) {
      this.#publishedHeads.set(streamId, Math.max(revision, this.#publishedHeads.get(streamId) ?? 0));
    }
    return ready.length;
  }

  async #sweep(): Promise<void> {
    this.#sweepDue = false;
    this.#lastSweep = Date.now();
    // With no earlier sweep to compare with, look twice so the second look can be trusted.
    if (this.#previousSweep.size === 0) await this.#readSweep();
    await this.#readSweep();
  }

  /**
   * If a complete sweep finds r as a stream's lowest unpublished revision, and the sweep before
   * it had seen r too, then r - 1 existed during the whole of this sweep (a stream's commits are
   * appended one after another) and was not found unpublished: it is on Kafka. A single scan is
   * not a snapshot on MongoDB, so seeing r once is not enough.
   */
  async #readSweep(): Promise<void> {
    const { sweepLimit } = this.#o;
    const found = await this.#o.store.unpublished(sweepLimit);
    const previous = this.#previousSweep;
    this.#previousSweep = new Set(found.map(refKey));
    this.#backlog = found;
    this.#trustedFirst = new Map();
    if (found.length === sweepLimit) return;
    const first = new Map<string, number>();
    for (const { streamId, revision } of found)
      first.set(streamId, Math.min(revision, first.get(streamId) ?? revision));
    for (const [streamId, revision] of first) {
      if (previous.has(refKey({ streamId, revision }))) this.#trustedFirst.set(streamId, revision);
    }
  }

  /** Also walks back: an unpublished predecessor joins the backlog, so a held-back run cannot stall. */
  async #predecessorPublished({ streamId, revision }: CommitRef): Promise<boolean> {
    if (revision === 1 || (this.#publishedHeads.get(streamId) ?? 0) >= revision - 1) return true;
    if (this.#trustedFirst.get(streamId) === revision) return true;
    const previous = await this.#o.store.readCommit(streamId, revision - 1);
    if (previous && previous.publishedAt === null) this.#backlog.unshift(previous);
    return previous?.publishedAt != null;
  }

  #enqueue(commit: Commit): void {
    // A follower leaves them to the sweep it makes on taking the lease; beyond a few batches the
    // queue would only hold memory, and the sweep finds those too.
    if (!this.#holding) return;
    if (this.#queue.length < this.#o.batchSize * 4) this.#queue.push(commit);
    else this.#sweepDue = true;
    this.#wake?.();
  }

  async #run(): Promise<void> {
    let failures = 0;
    while (this.#running) {
      try {
        const published = await this.drainOnce();
        failures = 0;
        if (!this.#holding) await this.#sleep(this.#o.leaseCheckMs, false);
        else if (published === 0 && this.#queue.length === 0 && this.#backlog.length === 0) {
          await this.#sleep(this.#o.sweepIntervalMs, true);
        }
      } catch (error) {
        failures += 1;
        // What the failed batch took from memory is still unpublished in the store: sweep again.
        this.#backlog = [];
        this.#sweepDue = true;
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
    if (holding !== this.#holding) {
      this.#o.logger.info({ holding }, 'outbox relay lease changed');
      // Whatever was in memory may have been published by the other holder meanwhile.
      this.#queue.length = 0;
      this.#backlog = [];
      this.#sweepDue = holding;
    }
    this.#holding = holding;
    this.#leaseCheckedAt = now;
    return holding;
  }

  /**
   * Waits for the interval, or less when stopped or, if `wakeable`, when a commit is queued.
   * Backoff after a failure is not wakeable: appends while Kafka is down must not turn into a
   * retry storm.
   */
  #sleep(ms: number, wakeable: boolean): Promise<void> {
    if (!this.#running || (wakeable && this.#queue.length > 0)) return Promise.resolve();
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
