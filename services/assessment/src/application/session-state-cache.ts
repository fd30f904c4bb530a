import { type EventStore, foldedStreams } from '@tianfu/eventstore';
import { examSession } from '../domain/exam-session.ts';
import { sessionStreamId } from './session-access.ts';

/**
 * Each session's folded state kept in this process (a session of 10,000 candidates is too much to
 * read and fold per command); commands on one session run one at a time, because evolve updates a
 * session in place (exam-session-state.ts).
 */
export const sessionStates = (store: EventStore, capacity = 200) =>
  foldedStreams(store, examSession, sessionStreamId, capacity);

export type SessionStates = ReturnType<typeof sessionStates>;
