import type { SessionScheduledData } from '@tianfu/contracts';
import type { EventStore } from '@tianfu/eventstore';
import type { Principal, RequestCaller } from '@tianfu/service-kit';
import { forbidden } from '@tianfu/service-kit';
import { bodySuspended } from '../domain/body-errors.ts';
import { sessionNotFound } from '../domain/session-errors.ts';
import { isAuthority } from './authority.ts';
import type { BodyCommands } from './body-commands.ts';

const SESSION_STREAM_PREFIX = 'session-';

export const sessionStreamId = (sessionId: string): string => `${SESSION_STREAM_PREFIX}${sessionId}`;

/** The session a stream holds, or null for another aggregate's stream. */
export const sessionIdOf = (streamId: string): string | null =>
  streamId.startsWith(SESSION_STREAM_PREFIX) ? streamId.slice(SESSION_STREAM_PREFIX.length) : null;

/**
 * An assessment-body token acts only for its own body, and a suspended body only reads
 * (docs/architecture.md "Auth"); the authority acts for any body. Another body's session is answered like one
 * that does not exist, so a token cannot learn which sessions other bodies hold.
 */
export type AccessMode = 'read' | 'write';

export interface SessionAccess {
  checkBody(bodyId: string, caller: RequestCaller, mode: AccessMode): Promise<void>;
  /** Checks the caller and returns the session's plan as scheduled: its body, occupation and level never change. */
  checkSession(sessionId: string, caller: RequestCaller, mode: AccessMode): Promise<SessionScheduledData>;
}

export function sessionAccess(store: EventStore, bodies: BodyCommands): SessionAccess {
  // A session's body, occupation and level never change (an amendment moves only its date, venue
  // and staff): its first event holds them, and that is cheap to keep.
  const plans = new Map<string, SessionScheduledData>();

  async function planOf(sessionId: string): Promise<SessionScheduledData> {
    const known = plans.get(sessionId);
    if (known !== undefined) return known;
    const first = (await store.readCommit(sessionStreamId(sessionId), 1))?.events[0];
    if (first?.type !== 'assessment.SessionScheduled') throw sessionNotFound(sessionId);
    const plan = first.data as SessionScheduledData;
    plans.set(sessionId, plan);
    return plan;
  }

  async function checkBody(bodyId: string, caller: RequestCaller, mode: AccessMode): Promise<void> {
    if (isAuthority(caller.principal)) return;
    if (caller.principal.bodyId !== bodyId) throw forbidden('an assessment-body token acts only for its own body');
    if (mode === 'read') return;
    const body = await bodies.load(bodyId);
    if (body.status === 'suspended') throw bodySuspended(bodyId);
  }

  return {
    checkBody,
    async checkSession(sessionId, caller, mode) {
      const plan = await planOf(sessionId);
      if (!isAuthority(caller.principal) && caller.principal.bodyId !== plan.bodyId) throw sessionNotFound(sessionId);
      await checkBody(plan.bodyId, caller, mode);
      return plan;
    },
  };
}

/** Whose sessions a list shows: the authority's choice (any body, or all), a body token's own body only. */
export function listedBody(principal: Principal, requested: string | undefined): string | undefined {
  if (isAuthority(principal)) return requested;
  if (requested !== undefined && requested !== principal.bodyId)
    throw forbidden("an assessment-body token lists only its own body's sessions", { field: 'bodyId' });
  return principal.bodyId;
}
