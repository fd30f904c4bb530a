import type { NewEvent } from '@tianfu/contracts';
import type { SessionEvent } from './exam-session-state.ts';

/** An event a session command emits, before the store gives it a position. */
export type SessionEmitted = NewEvent<SessionEvent['type'], SessionEvent['data']>;
