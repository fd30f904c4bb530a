import { type Decider, domainError } from '@tianfu/decider';

/** A tiny aggregate for testing the event-sourcing kit itself: a counter with a ceiling. */
export type CounterEvent = { type: 'counter.Incremented'; data: { by: number } };
export type CounterCommand = { kind: 'increment'; by: number };
export type CounterState = { value: number };

export const counter: Decider<CounterCommand, CounterState, CounterEvent> = {
  initialState: () => ({ value: 0 }),
  evolve: (state, event) => ({ value: state.value + event.data.by }),
  decide: (command, state) => {
    if (state.value + command.by > 10) {
      throw domainError('COUNTER_CEILING', 'counter would pass 10');
    }
    return [{ type: 'counter.Incremented', data: { by: command.by } }];
  },
};
