import type { Commit } from '../types.ts';

/**
 * One pass over the store's unpublished commits, a page always being read ahead: while the relay
 * publishes one page, the store reads the next.
 */
export class Sweep {
  readonly #pages: AsyncIterator<Commit[]>;
  #next!: Promise<IteratorResult<Commit[]>>;
  #arrived = false;

  constructor(pages: AsyncIterable<Commit[]>) {
    this.#pages = pages[Symbol.asyncIterator]();
    this.#readAhead();
  }

  /** Whether the page read ahead is in (or failed), so taking it will not wait. */
  get arrived(): boolean {
    return this.#arrived;
  }

  /** The next page, undefined once the pass is over; starts reading the one after. */
  async take(): Promise<Commit[] | undefined> {
    const page = await this.#next;
    if (page.done) return undefined;
    this.#readAhead();
    return page.value;
  }

  /** Stops the pass early, once the page being read is in. */
  async close(): Promise<void> {
    await this.#next.catch(() => {});
    await this.#pages.return?.().catch(() => {});
  }

  /** Nobody may await the page read ahead yet, so its failure is caught here too (and rethrown by take). */
  #readAhead(): void {
    const next = this.#pages.next();
    this.#next = next;
    this.#arrived = false;
    const arrive = () => {
      if (this.#next === next) this.#arrived = true;
    };
    next.then(arrive, arrive);
  }
}
