import type { Decider } from '@tianfu/decider';
import { type AmendSession, decideAmend } from './amend-session.ts';
import { judgeParts } from './assessment-parts.ts';
import { decideEnrolment, type EnrolCandidates } from './enrol-candidates.ts';
import { evolveSession, type SessionEvent, type SessionState } from './exam-session-state.ts';
import { decideScores, type RecordScores } from './record-scores.ts';
import { decideSchedule, type ScheduleSession } from './schedule-session.ts';
import type { SessionEmitted } from './session-emitted.ts';
import { sessionError, sessionNotFound } from './session-errors.ts';
import { outcomeEvent } from './session-outcome.ts';

export interface CloseSession {
  readonly type: 'CloseSession';
  readonly data: { readonly sessionId: string; readonly at: string };
}

export type SessionCommand = ScheduleSession | AmendSession | EnrolCandidates | RecordScores | CloseSession;

/** Closing makes results final: a candidate still missing a part fails with it named (docs/domain.md §2.2). */
function decideClose(command: CloseSession, state: SessionState): readonly SessionEmitted[] {
  const { sessionId, at } = command.data;
  if (state === null) throw sessionNotFound(sessionId);
  if (state.status === 'closed') throw sessionError('SESSION_CLOSED', `exam session ${sessionId} is already closed`);
  const undecided = [...state.candidates.values()].filter((c) => c.outcome === null);
  const failures = undecided.map((c) => outcomeEvent(state, c, c.scores, judgeParts(state.parts, c.scores), at));
  return [...failures, { type: 'assessment.SessionClosed', data: { sessionId, closedAt: at }, occurredAt: at }];
}

function decide(command: SessionCommand, state: SessionState): readonly SessionEmitted[] {
  switch (command.type) {
    case 'ScheduleSession':
      return decideSchedule(command, state);
    case 'AmendSession':
      return decideAmend(command, state);
    case 'EnrolCandidates':
      return decideEnrolment(command, state);
    case 'RecordScores':
      return decideScores(command, state);
    case 'CloseSession':
      return decideClose(command, state);
  }
}

export const examSession: Decider<SessionCommand, SessionState, SessionEvent> = {
  initialState: () => null,
  decide,
  evolve: evolveSession,
};
