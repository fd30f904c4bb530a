import type { Decider, DomainError, DomainEvent } from '@tianfu/decider';

export interface Register<TData> {
  readonly type: 'Register';
  readonly data: TData;
}

/**
 * A record that is registered once and then only read (examiners, supervisors): the state is the
 * registration's data; registering again is refused with `alreadyRegistered`.
 */
export function registerOnce<TType extends string, TData extends { readonly registeredAt: string }>(
  type: TType,
  alreadyRegistered: (data: TData) => DomainError,
): Decider<Register<TData>, TData | null, DomainEvent<TType, TData>> {
  return {
    initialState: () => null,
    decide: (command, state) => {
      if (state !== null) throw alreadyRegistered(command.data);
      return [{ type, data: command.data, occurredAt: command.data.registeredAt }];
    },
    evolve: (_state, event) => event.data,
  };
}
