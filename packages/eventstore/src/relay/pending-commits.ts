import type { Commit, CommitRef, EventStore } from '../types.ts';
import type { PublishedHeads } from './published-heads.ts';
import { Sweep } from './sweep.ts';

/** How many batches of commits the relay holds in memory: queued, or waiting for a predecessor a sweep may yet bring. */
const BATCHES_IN_MEMORY = 4;

/**
 * The commits waiting to be published: those appended in this process (the queue), and those a
 * sweep of the store read or a walk back found (the backlog), with the sweep itself.
 */
export class PendingCommits {
  readonly #store: EventStore;
  readonly #batchSize: number;
  readonly #heads: PublishedHeads;
  readonly #queue: Commit[] = [];
  #backlog: Commit[] = [];
  #sweep: Sweep | undefined;
  #sweepDue = true;
  #lastSweep = 0;
  /** Whether the last batch's predecessor checks queued an unpublished predecessor. */
  #walkedBack = false;

  constructor(store: EventStore, batchSize: number, heads: PublishedHeads) {
    this.#store = store;
    this.#batchSize = batchSize;
    this.#heads = heads;
  }

  get queued(): boolean {
    return this.#queue.length > 0;
  }

  /** Beyond a few batches the queue would only hold memory, and the sweep finds those too. */
  enqueue(commit: Commit): void {
    if (this.#queue.length < this.#batchSize * BATCHES_IN_MEMORY) this.#queue.push(commit);
    else this.#sweepDue = true;
  }

  openSweepIfDue(intervalMs: number): void {
    if (this.#sweep || !(this.#sweepDue || Date.now() - this.#lastSweep >= intervalMs)) return;
    this.#sweepDue = false;
    this.#lastSweep = Date.now();
    this.#sweep = new Sweep(this.#store.unpublishedPages(this.#batchSize));
  }

  /** The next batch's candidates, less those known published; reads the sweep's next page first when due. */
  async take(wantPage: boolean): Promise<Commit[]> {
    if (this.#shouldReadPage(wantPage)) await this.#readPage();
    const candidates = [...this.#queue.splice(0, this.#batchSize), ...this.#backlog.splice(0, this.#batchSize)];
    this.#walkedBack = false;
    return candidates.filter((c) => !this.#heads.covers(c));
  }

  /**
   * Whether to take the sweep's next page now: when the backlog runs low, or the last round
   * published nothing; but commits already queued do not wait for a page still being read.
   */
  #shouldReadPage(wantPage: boolean): boolean {
    const sweep = this.#sweep;
    if (!sweep || (!sweep.arrived && this.#queue.length > 0)) return false;
    return wantPage || this.#backlog.length < this.#batchSize;
  }

  /** Moves the sweep's next page to the backlog; the sweep is over when it has none. */
  async #readPage(): Promise<void> {
    const page = await (this.#sweep as Sweep).take();
    if (page) this.#backlog.push(...page);
    else this.#sweep = undefined;
  }

  /**
   * A commit held back waits in the backlog while the open sweep may still bring its predecessor,
   * or one was just queued; otherwise the next sweep finds it again.
   */
  holdBack(commits: readonly Commit[]): void {
    if (commits.length === 0) return;
    if (this.#sweep || this.#walkedBack) this.#backlog.push(...commits);
    else this.#sweepDue = true;
  }

  /**
   * While a sweep is open, a predecessor not known published is most likely on a later page (a
   * scan follows the table, not each stream), so the commit waits for it rather than read it, as
   * long as the backlog stays small. Otherwise it is read, and walks back: an unpublished
   * predecessor joins the backlog, so a held-back run cannot stall.
   */
  async predecessorPublished({ streamId, revision }: CommitRef): Promise<boolean> {
    if (revision === 1 || this.#heads.covers({ streamId, revision: revision - 1 })) return true;
    if (this.#sweep && this.#backlog.length < this.#batchSize * BATCHES_IN_MEMORY) return false;
    const previous = await this.#store.readCommit(streamId, revision - 1);
    if (previous && previous.publishedAt === null) {
      this.#backlog.unshift(previous);
      this.#walkedBack = true;
    }
    return previous?.publishedAt != null;
  }

  idle(): boolean {
    return this.#queue.length === 0 && this.#backlog.length === 0 && !this.#sweep;
  }

  /** Forgets what memory holds (the store still has it unpublished); `sweepDue` says whether to sweep for it. */
  async forget(options: { readonly queue: boolean; readonly sweepDue: boolean }): Promise<void> {
    if (options.queue) this.#queue.length = 0;
    this.#backlog = [];
    this.#sweepDue = options.sweepDue;
    await this.closeSweep();
  }

  async closeSweep(): Promise<void> {
    const sweep = this.#sweep;
    this.#sweep = undefined;
    await sweep?.close();
  }
}
