import type { Decider } from '../src/decider.ts';

/** A tiny aggregate for testing the event-sourcing kit itself: a counter with a ceiling. */
export type CounterEvent = { type: 'counter.Incremented'; data: { by: number } };
export type CounterCommand = { kind: 'increment'; by: number };
export type CounterState = { value: number };

export const counter: Decider<CounterCommand, CounterState, CounterEvent> = {
  initialState: () => ({ value: 0 }),
  evolve: (state, event) => ({ value: state.value + event.data.by }),
  decide: (command, state) => {
    if (state.value + command.by > 10) {
      throw Object.assign(new Error('counter would pass 10'), { code: 'COUNTER_CEILING' });
    }
    return [{ type: 'counter.Incremented', data: { by: command.by } }];
  },
};
