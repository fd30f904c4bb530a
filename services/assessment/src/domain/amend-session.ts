import { chinaDate, type SessionAmendedData } from '@tianfu/contracts';
import type { EvaluationBody } from './evaluation-body.ts';
import type { SessionState } from './exam-session-state.ts';
import type { Examiner } from './examiner.ts';
import { maySupervise, type Supervisor } from './quality-supervisor.ts';
import { checkExaminers } from './schedule-session.ts';
import type { SessionEmitted } from './session-emitted.ts';
import { checkSessionDate, sessionError, sessionNotFound } from './session-errors.ts';

/** What may change before the exam: any of date, venue, examiners, supervisor (loaded by the handler). */
export interface AmendSession {
  readonly type: 'AmendSession';
  readonly data: {
    readonly sessionId: string;
    readonly body: EvaluationBody;
    readonly date?: string;
    readonly venue?: string;
    readonly examiners?: readonly Examiner[];
    readonly supervisor?: Supervisor;
    readonly reason: string;
    readonly at: string;
  };
}

/**
 * A session is moved or re-staffed only while no mark is recorded and it is open (docs/domain.md
 * §2.2); new examiners must be qualified (senior for 技师/高级技师) and none may be a candidate in
 * it; an internal supervisor must be the body's own.
 */
export function decideAmend(command: AmendSession, state: SessionState): readonly SessionEmitted[] {
  const { sessionId, body, examiners, supervisor, reason, at } = command.data;
  if (state === null) throw sessionNotFound(sessionId);
  if (state.status === 'closed') throw sessionError('SESSION_CLOSED', `exam session ${sessionId} is closed`);
  if ([...state.candidates.values()].some((c) => c.history.length > 0))
    throw sessionError(
      'SESSION_UNDER_WAY',
      `exam session ${sessionId} has marks recorded; it can no longer be amended`,
    );
  if (command.data.date !== undefined) checkSessionDate(command.data.date, chinaDate(at));
  if (examiners !== undefined) {
    checkExaminers(state, examiners);
    const candidates = examiners.filter((e) => state.candidateByWorker.has(e.workerId));
    if (candidates.length > 0)
      throw sessionError(
        'EXAMINER_IN_OWN_SESSION',
        `examiner(s) ${candidates.map((e) => e.examinerId).join(', ')} are candidates in this session`,
      );
  }
  if (supervisor !== undefined && !maySupervise(supervisor, body.bodyId))
    throw sessionError(
      'SUPERVISOR_NOT_OF_BODY',
      `internal supervisor ${supervisor.supervisorId} belongs to another body`,
    );
  const data: SessionAmendedData = {
    sessionId,
    date: command.data.date ?? state.date,
    venue: command.data.venue ?? state.venue,
    examiners:
      examiners?.map(({ examinerId, workerId, grade }) => ({ examinerId, workerId, grade })) ?? state.examiners,
    supervisorId: supervisor?.supervisorId ?? state.supervisorId,
    reason,
    amendedAt: at,
  };
  return [{ type: 'assessment.SessionAmended', data, occurredAt: at }];
}
