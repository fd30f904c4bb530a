import type { BaseRegisteredData, NewEvent } from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';
import { talentError } from './talent-errors.ts';

export type BaseEvent = DomainEvent<'talent.BaseRegistered', BaseRegisteredData>;
export type BaseCommand = { readonly type: 'RegisterBase'; readonly data: BaseRegisteredData };

/** A studio or training base (docs/domain.md §5.3), registered once so the plan's base targets can be counted. */
export const baseDecider: Decider<BaseCommand, BaseRegisteredData | null, BaseEvent> = {
  initialState: () => null,
  decide: (command, state): readonly NewEvent<BaseEvent['type'], BaseRegisteredData>[] => {
    if (state !== null)
      throw talentError('BASE_ALREADY_REGISTERED', `base ${command.data.baseId} is already registered`);
    return [{ type: 'talent.BaseRegistered', data: command.data }];
  },
  evolve: (_state, event) => event.data,
};
