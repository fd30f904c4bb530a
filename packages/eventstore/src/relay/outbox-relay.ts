import type { EventEnvelope } from '@tianfu/contracts';
import type { Commit, CommitRef, EventStore } from '../types.ts';
import type { Lease } from './lease.ts';
import { publishableCommits } from './publishable.ts';
import { Sweep } from './sweep.ts';

const MAX_KNOWN_HEADS = 100_000;
/** How many batches of commits the relay holds in memory: queued, or waiting for a predecessor a sweep may yet bring. */
const BATCHES_IN_MEMORY = 4;

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
  /** Most commits in one publish; a sweep reads the store a page of this size at a time. */
  readonly batchSize?: number;
  /** Safety net: how often to sweep the store for unpublished commits this process was not told of. */
  readonly sweepIntervalMs?: number;
  /** How often the holder renews the lease (and a follower asks for it); below the lease's ttl. */
  readonly leaseCheckMs?: number;
  readonly maxBackoffMs?: number;
}

/** The marks of a published batch being written: settles to the error, if any. */
type Marking = Promise<{ error: unknown } | null>;

const nothingMarking: Marking = Promise.resolve(null);

/**
 * Publishes unpublished commits in per-stream revision order, then marks them published.
 * Commits appended in this process arrive by notification and go out at once; a sweep of the
 * store (at start, on taking the lease, after a failure, and every sweepIntervalMs) catches the
 * rest. It is a pipeline: while one batch goes out, the marks of the batch before are written
 * and a sweep reads its next page. At-least-once: a crash between publish and mark republishes,
 * and consumers drop copies by eventId. While Kafka is down it backs off and retries; nothing is
 * marked, nothing is lost.
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
  /** Commits read by the sweep, or found unpublished on the way back from one, not published yet. */
  #backlog: Commit[] = [];
  #sweep: Sweep | undefined;
  #marking: Marking = nothingMarking;
  /** Whether the last batch's predecessor checks queued an unpublished predecessor. */
  #walkedBack = false;

  constructor(options: OutboxRelayOptions) {
    this.#o = {
      batchSize: 500,
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
    await this.#closeSweep();
    await this.#marked().catch((error: unknown) => {
      this.#o.logger.warn({ err: error }, 'outbox relay could not mark its last batch; it will be republished');
    });
    if (this.#holding) await this.#o.lease.release();
    this.#holding = false;
  }

  /**
   * Publishes one batch if this process holds the lease; returns how many commits went out, 0
   * once nothing is left to publish (its marks then written too).
   */
  async drainOnce(): Promise<number> {
    if (!(await this.#holdsLease())) return 0;
    const { store, publisher, batchSize, sweepIntervalMs } = this.#o;
    if (!this.#sweep && (this.#sweepDue || Date.now() - this.#lastSweep >= sweepIntervalMs)) this.#openSweep();
    for (let wantPage = false; ; wantPage = true) {
      if (this.#shouldReadPage(wantPage)) await this.#readPage();
      const candidates = [...this.#queue.splice(0, batchSize), ...this.#backlog.splice(0, batchSize)].filter(
        (c) => c.revision > (this.#publishedHeads.get(c.streamId) ?? 0),
      );
      this.#walkedBack = false;
      const { ready, heldBack } = await publishableCommits(candidates, (ref) => this.#predecessorPublished(ref));
      this.#holdBack(heldBack);
      if (ready.length > 0) {
        await publisher.publish(ready.flatMap((c) => c.events));
        this.#published(ready);
        await this.#marked();
        this.#marking = store.markPublished(ready).then(
          () => null,
          (error: unknown) => ({ error }),
        );
        if (this.#idle()) await this.#marked();
        return ready.length;
      }
      if (this.#idle()) {
        await this.#marked();
        return 0;
      }
    }
  }

  /**
   * Whether to take the sweep's next page now: when the backlog runs low, or the last round
   * published nothing; but commits already queued do not wait for a page still being read.
   */
  #shouldReadPage(wantPage: boolean): boolean {
    const sweep = this.#sweep;
    if (!sweep || (!sweep.arrived && this.#queue.length > 0)) return false;
    return wantPage || this.#backlog.length < this.#o.batchSize;
  }

  /**
   * A commit held back waits in the backlog while the open sweep may still bring its predecessor,
   * or one was just queued; otherwise the next sweep finds it again.
   */
  #holdBack(commits: readonly Commit[]): void {
    if (commits.length === 0) return;
    if (this.#sweep || this.#walkedBack) this.#backlog.push(...commits);
    else this.#sweepDue = true;
  }

  #published(commits: readonly Commit[]): void {
    if (this.#publishedHeads.size > MAX_KNOWN_HEADS) this.#publishedHeads.clear();
    for (const { streamId, revision } of commits) {
      this.#publishedHeads.set(streamId, Math.max(revision, this.#publishedHeads.get(streamId) ?? 0));
    }
  }

  /**
   * Waits for the last batch's marks. If they failed, that batch is on Kafka but not marked:
   * forgetting what is known published lets the next sweep publish and mark it again.
   */
  async #marked(): Promise<void> {
    const failed = await this.#marking;
    this.#marking = nothingMarking;
    if (failed === null) return;
    this.#publishedHeads.clear();
    throw failed.error;
  }

  #idle(): boolean {
    return this.#queue.length === 0 && this.#backlog.length === 0 && !this.#sweep;
  }

  #openSweep(): void {
    this.#sweepDue = false;
    this.#lastSweep = Date.now();
    this.#sweep = new Sweep(this.#o.store.unpublishedPages(this.#o.batchSize));
  }

  /** Moves the sweep's next page to the backlog; the sweep is over when it has none. */
  async #readPage(): Promise<void> {
    const page = await (this.#sweep as Sweep).take();
    if (page) this.#backlog.push(...page);
    else this.#sweep = undefined;
  }

  async #closeSweep(): Promise<void> {
    const sweep = this.#sweep;
    this.#sweep = undefined;
    await sweep?.close();
  }

  /**
   * While a sweep is open, a predecessor not known published is most likely on a later page (a
   * scan follows the table, not each stream), so the commit waits for it rather than read it, as
   * long as the backlog stays small. Otherwise it is read, and walks back: an unpublished
   * predecessor joins the backlog, so a held-back run cannot stall.
   */
  async #predecessorPublished({ streamId, revision }: CommitRef): Promise<boolean> {
    if (revision === 1 || (this.#publishedHeads.get(streamId) ?? 0) >= revision - 1) return true;
    if (this.#sweep && this.#backlog.length < this.#o.batchSize * BATCHES_IN_MEMORY) return false;
    const previous = await this.#o.store.readCommit(streamId, revision - 1);
    if (previous && previous.publishedAt === null) {
      this.#backlog.unshift(previous);
      this.#walkedBack = true;
    }
    return previous?.publishedAt != null;
  }

  #enqueue(commit: Commit): void {
    // A follower leaves them to the sweep it makes on taking the lease; beyond a few batches the
    // queue would only hold memory, and the sweep finds those too.
    if (!this.#holding) return;
    if (this.#queue.length < this.#o.batchSize * BATCHES_IN_MEMORY) this.#queue.push(commit);
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
        else if (published === 0) await this.#sleep(this.#o.sweepIntervalMs, true);
      } catch (error) {
        failures += 1;
        // What the failed batch took from memory is still unpublished in the store: sweep again.
        this.#backlog = [];
        this.#sweepDue = true;
        await this.#closeSweep();
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
      await this.#closeSweep();
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
