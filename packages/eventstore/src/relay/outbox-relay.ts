import { PendingCommits } from './pending-commits.ts';
import { publishableCommits } from './publishable.ts';
import { PendingMarks, PublishedHeads } from './published-heads.ts';
import { type OutboxRelayOptions, withRelayDefaults } from './relay-options.ts';

export type { EventPublisher, OutboxRelayOptions, RelayLogger } from './relay-options.ts';

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
  readonly #heads = new PublishedHeads();
  readonly #marks = new PendingMarks(this.#heads);
  readonly #pending: PendingCommits;
  #running = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #unsubscribe: (() => void) | undefined;
  #leaseCheckedAt = 0;
  #holding = false;

  constructor(options: OutboxRelayOptions) {
    this.#o = withRelayDefaults(options);
    this.#pending = new PendingCommits(this.#o.store, this.#o.batchSize, this.#heads);
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#unsubscribe = this.#o.store.onAppend((commit) => {
      // A follower leaves them to the sweep it makes on taking the lease.
      if (!this.#holding) return;
      this.#pending.enqueue(commit);
      this.#wake?.();
    });
    this.#loop = this.#run();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#unsubscribe?.();
    this.#wake?.();
    await this.#loop;
    await this.#pending.closeSweep();
    await this.#marks.settled().catch((error: unknown) => {
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
    const pending = this.#pending;
    pending.openSweepIfDue(this.#o.sweepIntervalMs);
    for (let wantPage = false; ; wantPage = true) {
      const candidates = await pending.take(wantPage);
      const { ready, heldBack } = await publishableCommits(candidates, (ref) => pending.predecessorPublished(ref));
      pending.holdBack(heldBack);
      if (ready.length > 0) {
        await this.#o.publisher.publish(ready.flatMap((c) => c.events));
        this.#heads.add(ready);
        await this.#marks.settled();
        this.#marks.write(this.#o.store, ready);
        if (pending.idle()) await this.#marks.settled();
        return ready.length;
      }
      if (pending.idle()) {
        await this.#marks.settled();
        return 0;
      }
    }
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
        await this.#pending.forget({ queue: false, sweepDue: true });
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
      await this.#pending.forget({ queue: true, sweepDue: holding });
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
    if (!this.#running || (wakeable && this.#pending.queued)) return Promise.resolve();
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
