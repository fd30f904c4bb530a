export type RebuildState = 'idle' | 'replaying' | 'catching-up' | 'done' | 'failed';

export const REBUILD_STATES: readonly RebuildState[] = ['idle', 'replaying', 'catching-up', 'done', 'failed'];

/** What `GET /v1/admin/rebuild` and `/metrics` show of the current or last rebuild. */
export interface RebuildView {
  readonly state: RebuildState;
  readonly set: string | null;
  readonly startedAt: string | null;
  /** Messages replayed so far, of `total` (every partition up to its high watermark at the start). */
  readonly events: number;
  readonly total: number;
  /** Messages that broke their contract: dead-lettered when they first came, left out here too. */
  readonly invalid: number;
  /** Over the replay so far (or all of it, once it ended). */
  readonly eventsPerSecond: number;
  /** Replaying: messages left to replay; catching up: messages the new set's consumer has still to handle. */
  readonly lag: number;
  readonly finishedAt: string | null;
  readonly error: string | null;
}

const idle: RebuildView = {
  state: 'idle',
  set: null,
  startedAt: null,
  events: 0,
  total: 0,
  invalid: 0,
  eventsPerSecond: 0,
  lag: 0,
  finishedAt: null,
  error: null,
};

/** The progress of one rebuild at a time; time comes from the clock it is given. */
export class RebuildProgress {
  readonly #clock: () => Date;
  #view: RebuildView = idle;
  #replayStart = 0;
  #replayEnd: number | null = null;

  constructor(clock: () => Date) {
    this.#clock = clock;
  }

  get running(): boolean {
    return this.#view.state === 'replaying' || this.#view.state === 'catching-up';
  }

  begin(set: string, total: number): void {
    this.#replayStart = this.#clock().getTime();
    this.#replayEnd = null;
    const startedAt = new Date(this.#replayStart).toISOString();
    this.#view = { ...idle, state: 'replaying', set, startedAt, total, lag: total };
  }

  read(messages: number, invalid: number): void {
    const events = this.#view.events + messages;
    this.#view = { ...this.#view, events, invalid: this.#view.invalid + invalid, lag: this.#view.total - events };
  }

  catchingUp(lag: number): void {
    this.#replayEnd ??= this.#clock().getTime();
    this.#view = { ...this.#view, state: 'catching-up', lag };
  }

  done(): void {
    this.#view = { ...this.#view, state: 'done', lag: 0, finishedAt: this.#clock().toISOString() };
  }

  failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.#replayEnd ??= this.#clock().getTime();
    this.#view = { ...this.#view, state: 'failed', error: message, finishedAt: this.#clock().toISOString() };
  }

  view(): RebuildView {
    if (this.#view.state === 'idle') return this.#view;
    const seconds = ((this.#replayEnd ?? this.#clock().getTime()) - this.#replayStart) / 1000;
    return { ...this.#view, eventsPerSecond: seconds > 0 ? Math.round(this.#view.events / seconds) : 0 };
  }
}
