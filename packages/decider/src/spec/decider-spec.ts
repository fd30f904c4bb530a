import { expect } from 'vitest';

/** What a decider looks like from outside; structural, so this package needs no event store. */
export interface DeciderLike<TCommand, TState, TEvent> {
  readonly initialState: () => TState;
  readonly evolve: (state: TState, event: TEvent) => TState;
  readonly decide: (command: TCommand, state: TState) => readonly unknown[];
}

/**
 * Given past events, when a command, then these new events (or this error code):
 * `deciderSpec(decider).given([...]).when(cmd).thenEmits([...])`.
 */
export function deciderSpec<TCommand, TState, TEvent>(decider: DeciderLike<TCommand, TState, TEvent>) {
  return {
    given(events: readonly TEvent[]) {
      const state = events.reduce(decider.evolve, decider.initialState());
      return {
        when(command: TCommand) {
          const decide = () => decider.decide(command, state);
          return {
            thenEmits(expected: readonly unknown[]): void {
              expect(decide()).toEqual(expected);
            },
            /** For long outputs: the events, to assert on in part. */
            emitted: (): readonly unknown[] => decide(),
            thenThrows(code: string, details?: Record<string, unknown>): void {
              const fields = details === undefined ? { code } : { code, details: expect.objectContaining(details) };
              expect(decide).toThrow(expect.objectContaining(fields));
            },
          };
        },
      };
    },
  };
}
