import type { MessagingLogger, RunningConsumer } from '@tianfu/messaging';
import type { CareerReadSide } from '../read-side.ts';
import type { ReadSidePointer } from './read-side-pointer.ts';

/** Runs the live policy of a set: in the group `groupOf(set)`, from where that group stands. */
export interface LiveConsumers {
  start(side: CareerReadSide): Promise<RunningConsumer>;
  groupOf(set: string): string;
}

interface Running {
  readonly epoch: number;
  readonly side: CareerReadSide;
  readonly consumer: RunningConsumer | null;
}

const POLL_MS = 2_000;

/**
 * The set the queries read and the live consumer feeding it, following the pointer: when another
 * epoch tops it, the new set is opened and loaded (or taken as a rebuild here prepared it), its
 * consumer started, and only then swapped in; queries already running finish on the old one.
 */
export class ActiveProjection {
  readonly #pointer: ReadSidePointer;
  readonly #open: (set: string) => Promise<CareerReadSide>;
  readonly #prepared = new Map<string, Omit<Running, 'epoch'>>();
  #running: Running;
  #live: LiveConsumers | null = null;
  #switching: Promise<unknown> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  private constructor(pointer: ReadSidePointer, open: (set: string) => Promise<CareerReadSide>, running: Running) {
    this.#pointer = pointer;
    this.#open = open;
    this.#running = running;
  }

  static async open(pointer: ReadSidePointer, open: (set: string) => Promise<CareerReadSide>) {
    const { epoch, set } = await pointer.active();
    return new ActiveProjection(pointer, open, { epoch, side: await open(set), consumer: null });
  }

  readSide(): CareerReadSide {
    return this.#running.side;
  }

  /** Starts the active set's consumer, then follows the pointer. */
  async run(live: LiveConsumers, logger: MessagingLogger, pollMs = POLL_MS): Promise<void> {
    this.#live = live;
    await this.#serialised(async () => {
      this.#running = { ...this.#running, consumer: await live.start(this.#running.side) };
    });
    const poll = () => {
      this.#timer = setTimeout(async () => {
        await this.follow().catch((err: unknown) => logger.warn({ err }, 'read side: following the pointer failed'));
        if (!this.#stopped) poll();
      }, pollMs);
    };
    poll();
  }

  /** The live consumers, for a rebuild that starts one for its set before the swap. */
  live(): LiveConsumers {
    if (this.#live === null) throw new Error('the projection is not running: call run() first');
    return this.#live;
  }

  /** A set a rebuild replayed, its consumer running: taken as it is when its epoch comes. */
  prepare(side: CareerReadSide, consumer: RunningConsumer): void {
    this.#prepared.set(side.set, { side, consumer });
  }

  /** A prepared set that will not come: its consumer stops. */
  async discard(set: string): Promise<void> {
    const prepared = this.#prepared.get(set);
    this.#prepared.delete(set);
    await prepared?.consumer?.stop();
  }

  /** Switches to the pointer's set if a newer epoch names it. */
  follow(): Promise<void> {
    return this.#serialised(async () => {
      const top = await this.#pointer.active();
      if (this.#stopped || top.epoch <= this.#running.epoch) return;
      const prepared = this.#prepared.get(top.set);
      this.#prepared.delete(top.set);
      const side = prepared?.side ?? (await this.#open(top.set));
      const consumer = prepared?.consumer ?? (this.#live === null ? null : await this.#live.start(side));
      const old = this.#running;
      this.#running = { epoch: top.epoch, side, consumer };
      await old.consumer?.stop();
    });
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#serialised(async () => {
      await this.#running.consumer?.stop();
      for (const set of [...this.#prepared.keys()]) await this.discard(set);
    });
  }

  // One switch at a time: a poll and a rebuild's own swap must not both open the new set.
  #serialised(step: () => Promise<void>): Promise<void> {
    const next = this.#switching.then(step);
    this.#switching = next.catch(() => undefined);
    return next;
  }
}
