import type { EventEnvelope } from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';
import { type CommandContext, type CommandResult, handleCommand, type StreamState } from './command-handler.ts';
import type { EventStore } from './types.ts';

export interface FoldedStreams<TCommand, TState> {
  /** The stream's state as folded now, read after any command on it queued here. */
  read(id: string): Promise<StreamState<TState>>;
  run(id: string, command: TCommand, context: CommandContext): Promise<CommandResult<TState>>;
}

/**
 * Keeps each stream's folded state in this process, so a command reads only the commits after it:
 * a stream of 10,000 members is megabytes of events, too much to read and fold per command.
 * Commands on one stream run one at a time here, because such a decider's evolve may update its
 * state in place; other processes are caught by reading the tail, and by the append's revision check.
 */
export function foldedStreams<TCommand, TState, TEvent extends DomainEvent>(
  store: EventStore,
  decider: Decider<TCommand, TState, TEvent>,
  streamIdOf: (id: string) => string,
  capacity = 200,
): FoldedStreams<TCommand, TState> {
  const folded = new Map<string, StreamState<TState>>();
  const queues = new Map<string, Promise<unknown>>();
  const evolveAll = (state: TState, events: readonly EventEnvelope[]): TState =>
    events.reduce((s, e) => decider.evolve(s, { type: e.type, data: e.data } as TEvent), state);

  function serialized<T>(id: string, work: () => Promise<T>): Promise<T> {
    const next = (queues.get(id) ?? Promise.resolve()).then(work, work);
    const settled = next.catch(() => undefined);
    queues.set(id, settled);
    void settled.then(() => queues.get(id) === settled && queues.delete(id));
    return next;
  }

  function remember(id: string, entry: StreamState<TState>): StreamState<TState> {
    folded.delete(id);
    folded.set(id, entry);
    const oldest = folded.keys().next().value;
    if (folded.size > capacity && oldest !== undefined) folded.delete(oldest);
    return entry;
  }

  async function current(id: string): Promise<StreamState<TState>> {
    const known = folded.get(id) ?? { revision: 0, state: decider.initialState() };
    const tail = await store.readStream(streamIdOf(id), known.revision);
    if (tail.events.length === 0) return remember(id, known);
    return remember(id, { revision: tail.revision, state: evolveAll(known.state, tail.events) });
  }

  async function decideAndAppend(id: string, command: TCommand, context: CommandContext) {
    const load = () => current(id);
    const result = await handleCommand(store, streamIdOf(id), decider, command, context, { load });
    remember(id, { revision: result.revision, state: result.state });
    return result;
  }

  return {
    read: (id) => serialized(id, () => current(id)),
    run: (id, command, context) => serialized(id, () => decideAndAppend(id, command, context)),
  };
}
