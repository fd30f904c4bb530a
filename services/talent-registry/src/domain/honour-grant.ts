import type { HonourGrantedData, HonourRevokedData, NewEvent } from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';
import { talentError } from './talent-errors.ts';

export interface HonourGrant extends HonourGrantedData {
  readonly revoked: { readonly reason: string; readonly at: string } | null;
}

export type HonourGrantState = HonourGrant | null;

export type HonourGrantEvent =
  | DomainEvent<'talent.HonourGranted', HonourGrantedData>
  | DomainEvent<'talent.HonourRevoked', HonourRevokedData>;

export type HonourGrantCommand =
  | { readonly type: 'GrantHonour'; readonly data: HonourGrantedData }
  | { readonly type: 'RevokeHonour'; readonly data: Omit<HonourRevokedData, 'workerId'> };

type Emitted = NewEvent<HonourGrantEvent['type'], HonourGrantEvent['data']>;

/** One stream per worker, honour and round: the stream is what makes "once per round" hold. */
export const honourGrantId = (honour: string, round: string, workerId: string): string =>
  `${honour}:${round}:${workerId}`;

function decide(command: HonourGrantCommand, state: HonourGrantState): readonly Emitted[] {
  if (command.type === 'GrantHonour') {
    const { data } = command;
    if (state === null) return [{ type: 'talent.HonourGranted', data, workerId: data.workerId }];
    // The same competition result delivered again: already recorded, nothing new.
    const sameSource =
      JSON.stringify(state.source) === JSON.stringify(data.source) && data.source.kind === 'competition';
    if (sameSource) return [];
    throw talentError(
      'HONOUR_ALREADY_GRANTED',
      `${data.honour} was already granted to this worker in round ${data.round} (docs/domain.md §4.2: once per round)`,
      { grantId: state.grantId, grantedOn: state.grantedOn },
    );
  }
  if (state === null) throw talentError('HONOUR_NOT_GRANTED', `no grant ${command.data.grantId}`);
  if (state.revoked !== null) throw talentError('HONOUR_ALREADY_REVOKED', `grant ${state.grantId} is already revoked`);
  const data = { ...command.data, workerId: state.workerId };
  return [{ type: 'talent.HonourRevoked', data, workerId: state.workerId, occurredAt: data.at }];
}

function evolve(state: HonourGrantState, event: HonourGrantEvent): HonourGrantState {
  if (event.type === 'talent.HonourGranted') return { ...event.data, revoked: null };
  return state && { ...state, revoked: { reason: event.data.reason, at: event.data.at } };
}

export const honourGrantDecider: Decider<HonourGrantCommand, HonourGrantState, HonourGrantEvent> = {
  initialState: () => null,
  decide,
  evolve,
};
