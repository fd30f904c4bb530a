import { chinaDate, type SessionScheduledData } from '@tianfu/contracts';
import { panelReviewLevels, requiredParts } from './assessment-parts.ts';
import { bodySuspended } from './body-errors.ts';
import type { EvaluationBody } from './evaluation-body.ts';
import { filingFor } from './evaluation-body.ts';
import type { SessionState } from './exam-session-state.ts';
import { type Examiner, isQualified } from './examiner.ts';
import { maySupervise, type Supervisor } from './quality-supervisor.ts';
import type { SessionEmitted } from './session-emitted.ts';
import { checkSessionDate, sessionError } from './session-errors.ts';

export type SessionPlan = Omit<
  SessionScheduledData,
  'bodyId' | 'filingNo' | 'bodyName' | 'standardVersion' | 'examiners' | 'parts' | 'supervisorId'
>;

/** The plan, with the body, examiners and supervisor it names as they stand (loaded by the handler). */
export interface ScheduleSession {
  readonly type: 'ScheduleSession';
  readonly data: {
    readonly plan: SessionPlan;
    readonly body: EvaluationBody;
    readonly examiners: readonly Examiner[];
    readonly supervisor: Supervisor;
  };
}

/** Every examiner certified for the occupation and level; senior ones for 技师/高级技师. */
export function checkExaminers(
  plan: Pick<SessionPlan, 'occupationCode' | 'level'>,
  examiners: readonly Examiner[],
): void {
  const unqualified = examiners.filter((e) => !isQualified(e, plan.occupationCode, plan.level));
  if (unqualified.length > 0) {
    const ids = unqualified.map((e) => e.examinerId).join(', ');
    throw sessionError(
      'EXAMINER_NOT_QUALIFIED',
      `examiner(s) ${ids} are not certified for ${plan.occupationCode} at ${plan.level}`,
    );
  }
  // Traditionally senior examiners are needed for 技师/高级技师 (docs/domain.md §2.1).
  const junior = examiners.filter((e) => e.grade !== 'senior-examiner');
  if (panelReviewLevels.includes(plan.level) && junior.length > 0) {
    const ids = junior.map((e) => e.examinerId).join(', ');
    throw sessionError(
      'SENIOR_EXAMINER_REQUIRED',
      `a ${plan.level} session needs senior examiners (高级考评员); ${ids} are not`,
    );
  }
}

/** A body schedules only what it filed (备案), with qualified examiners and its own or an external supervisor. */
export function decideSchedule(command: ScheduleSession, state: SessionState): readonly SessionEmitted[] {
  const { plan, body, examiners, supervisor } = command.data;
  if (state !== null) throw sessionError('SESSION_ALREADY_SCHEDULED', `exam session ${plan.sessionId} already exists`);
  if (body.status === 'suspended') throw bodySuspended(body.bodyId);
  checkSessionDate(plan.date, chinaDate(plan.scheduledAt));
  const filing = filingFor(body, plan.occupationCode, plan.level);
  if (filing === undefined) {
    throw sessionError(
      'OCCUPATION_NOT_FILED',
      `body ${body.bodyId} has not filed ${plan.occupationCode} at ${plan.level} (备案)`,
    );
  }
  checkExaminers(plan, examiners);
  if (!maySupervise(supervisor, body.bodyId)) {
    throw sessionError(
      'SUPERVISOR_NOT_OF_BODY',
      `internal supervisor ${supervisor.supervisorId} belongs to another body`,
    );
  }
  const data: SessionScheduledData = {
    ...plan,
    bodyId: body.bodyId,
    filingNo: body.filingNo,
    bodyName: body.name,
    standardVersion: filing.standardVersion,
    supervisorId: supervisor.supervisorId,
    examiners: examiners.map(({ examinerId, workerId, grade }) => ({ examinerId, workerId, grade })),
    parts: [...requiredParts(plan.level)],
  };
  return [{ type: 'assessment.SessionScheduled', data, occurredAt: plan.scheduledAt }];
}
