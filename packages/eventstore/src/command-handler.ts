import type { Actor, EventEnvelope } from '@tianfu/contracts';
import { type Decider, type DomainEvent, foldEvents } from '@tianfu/decider';
import { concurrencyError, isConcurrencyError } from './errors.ts';
import type { EventStore } from './types.ts';

export interface CommandContext {
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId?: string | null;
  /** Set when the client sent If-Match: no retry, a mismatch surfaces as ConcurrencyError. */
  readonly expectedRevision?: number;
}

export interface CommandResult<TState> {
  readonly revision: number;
  readonly state: TState;
  readonly events: readonly EventEnvelope[];
}

const DEFAULT_ATTEMPTS = 5;

/** A stream's state as folded, with the revision it stands at. */
export interface StreamState<TState> {
  readonly revision: number;
  readonly state: TState;
}

export interface HandleOptions<TState> {
  readonly maxAttempts?: number;
  /**
   * Where the current state comes from, read again after a conflict. By default the whole stream
   * is read and folded; a caller that keeps folded state reads only what is new.
   */
  readonly load?: () => Promise<StreamState<TState>>;
}

/**
 * Read the stream, fold, decide, append with the revision read. A concurrent writer makes the
 * append collide; then decide again on fresh state, a bounded number of times, and let the
 * ConcurrencyError escape (the HTTP layer answers 409).
 */
export async function handleCommand<TCommand, TState, TEvent extends DomainEvent>(
  store: EventStore,
  streamId: string,
  decider: Decider<TCommand, TState, TEvent>,
  command: TCommand,
  context: CommandContext,
  options: HandleOptions<TState> = {},
): Promise<CommandResult<TState>> {
  const { maxAttempts = DEFAULT_ATTEMPTS } = options;
  const load =
    options.load ??
    (async () => {
      const stream = await store.readStream(streamId);
      return { revision: stream.revision, state: foldEvents<TState, TEvent>(decider, stream.events) };
    });
  for (let attempt = 1; ; attempt++) {
    const { revision, state } = await load();
    if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
      throw concurrencyError(streamId, context.expectedRevision);
    }
    const events = decider.decide(command, state);
    if (events.length === 0) return { revision, state, events: [] };
    try {
      const appended = await store.append(streamId, events, { ...context, expectedRevision: revision });
      const next = events.reduce((s, e) => decider.evolve(s, { type: e.type, data: e.data } as TEvent), state);
      return { revision: appended.revision, state: next, events: appended.events };
    } catch (error) {
      const retry = isConcurrencyError(error) && context.expectedRevision === undefined && attempt < maxAttempts;
      if (!retry) throw error;
    }
  }
}
