import type { CommandContext } from '@tianfu/eventstore';
import type { Principal } from '@tianfu/service-kit';

/** Who sends a command, with the request's correlation id and the client's If-Match revision. */
export interface Caller {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly expectedRevision?: number;
}

export const commandContext = (caller: Caller): CommandContext => ({
  actor: { kind: 'user', id: caller.principal.sub },
  correlationId: caller.correlationId,
  ...(caller.expectedRevision === undefined ? {} : { expectedRevision: caller.expectedRevision }),
});

/** The provincial authority (人社厅) acts through the admin role (docs/domain.md §2.1). */
export const isAuthority = (principal: Principal): boolean => principal.role === 'admin';
