import type { EventEnvelope } from '@tianfu/contracts';
import { type CommandContext, type EventStore, handleCommand, type StreamState } from '@tianfu/eventstore';
import { examSession, type SessionCommand } from '../domain/exam-session.ts';
import type { SessionEvent, SessionState } from '../domain/exam-session-state.ts';
import { sessionStreamId } from './session-access.ts';

type Folded = StreamState<SessionState>;

const evolveAll = (state: SessionState, events: readonly EventEnvelope[]): SessionState =>
  events.reduce((s, e) => examSession.evolve(s, { type: e.type, data: e.data } as SessionEvent), state);

/**
 * Keeps each session's folded state in this process, so a command reads only the commits after it:
 * a session of 10,000 candidates is megabytes of events, too much to read and fold per command.
 * Commands on one session run one at a time here, because evolve updates a session in place
 * (exam-session-state.ts); other processes are caught by reading the tail, and by the append's
 * revision check as before.
 */
export function sessionStates(store: EventStore, capacity = 200) {
  const folded = new Map<string, Folded>();
  const queues = new Map<string, Promise<unknown>>();

  function serialized<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    const next = (queues.get(sessionId) ?? Promise.resolve()).then(work, work);
    const settled = next.catch(() => undefined);
    queues.set(sessionId, settled);
    void settled.then(() => queues.get(sessionId) === settled && queues.delete(sessionId));
    return next;
  }

  function remember(sessionId: string, entry: Folded): Folded {
    folded.delete(sessionId);
    folded.set(sessionId, entry);
    const oldest = folded.keys().next().value;
    if (folded.size > capacity && oldest !== undefined) folded.delete(oldest);
    return entry;
  }

  async function current(sessionId: string): Promise<Folded> {
    const known = folded.get(sessionId) ?? { revision: 0, state: examSession.initialState() };
    const tail = await store.readStream(sessionStreamId(sessionId), known.revision);
    if (tail.events.length === 0) return remember(sessionId, known);
    return remember(sessionId, { revision: tail.revision, state: evolveAll(known.state, tail.events) });
  }

  async function decideAndAppend(sessionId: string, command: SessionCommand, context: CommandContext) {
    const load = () => current(sessionId);
    const result = await handleCommand(store, sessionStreamId(sessionId), examSession, command, context, { load });
    remember(sessionId, { revision: result.revision, state: result.state });
    return result;
  }

  return {
    read: (sessionId: string): Promise<Folded> => serialized(sessionId, () => current(sessionId)),
    run: (sessionId: string, command: SessionCommand, context: CommandContext) =>
      serialized(sessionId, () => decideAndAppend(sessionId, command, context)),
  };
}

export type SessionStates = ReturnType<typeof sessionStates>;
