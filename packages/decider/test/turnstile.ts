import { type Decider, domainError } from '../src/index.ts';

/** A one-entry turnstile: the smallest decider that both emits and refuses. */
export type TurnstileEvent = { type: 'turnstile.Passed'; data: { by: string } };
export type TurnstileCommand = { by: string };
export type TurnstileState = { passedBy: string | null };

export const turnstile: Decider<TurnstileCommand, TurnstileState, TurnstileEvent> = {
  initialState: () => ({ passedBy: null }),
  evolve: (_state, event) => ({ passedBy: event.data.by }),
  decide: (command, state) => {
    if (state.passedBy !== null) {
      throw domainError('TURNSTILE_USED', 'someone already passed', { passedBy: state.passedBy });
    }
    return [{ type: 'turnstile.Passed', data: { by: command.by } }];
  },
};

export const passed = (by: string): TurnstileEvent => ({ type: 'turnstile.Passed', data: { by } });
