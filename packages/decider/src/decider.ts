// Type-only: the kernel needs the shape of a new event, never contracts' runtime (zod).
import type { NewEvent } from '@tianfu/contracts';

/** An event as the domain sees it: its type and data, without the store's envelope. */
export interface DomainEvent<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly data: TData;
}

/**
 * The pure core of an aggregate (Emmett's decider): no I/O, time and ids arrive in the command.
 * `decide` throws a domain error (with a stable code) when the command is not allowed.
 */
export interface Decider<TCommand, TState, TEvent extends DomainEvent> {
  readonly initialState: () => TState;
  readonly evolve: (state: TState, event: TEvent) => TState;
  readonly decide: (command: TCommand, state: TState) => readonly NewEvent<TEvent['type'], TEvent['data']>[];
}

/** Folds stored events (envelopes included) into state; the decider's evolve sees only type and data. */
export function foldEvents<TState, TEvent extends DomainEvent>(
  decider: Pick<Decider<unknown, TState, TEvent>, 'initialState' | 'evolve'>,
  events: readonly DomainEvent[],
): TState {
  return events.reduce<TState>(
    (state, e) => decider.evolve(state, { type: e.type, data: e.data } as TEvent),
    decider.initialState(),
  );
}
