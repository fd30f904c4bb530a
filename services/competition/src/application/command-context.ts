import type { CommandContext } from '@tianfu/eventstore';
import type { Principal } from '@tianfu/service-kit';

/** Who sends a command, with the request's correlation id. */
export interface Caller {
  readonly principal: Principal;
  readonly correlationId: string;
}

export const commandContext = (caller: Caller): CommandContext => ({
  actor: { kind: 'user', id: caller.principal.sub },
  correlationId: caller.correlationId,
});
