import type { ExamSession } from '../domain/exam-session-state.ts';

type Plan = Pick<
  ExamSession,
  'sessionId' | 'bodyId' | 'bodyName' | 'occupationCode' | 'standardVersion' | 'workType' | 'level' | 'date' | 'venue'
>;

/** A session as its body's list shows it: the plan and candidate counts, never the candidates. */
export interface SessionSummary extends Plan {
  readonly status: ExamSession['status'];
  readonly closedAt: string | null;
  readonly candidates: { enrolled: number; passed: number; failed: number; pending: number };
  readonly revision: number;
}

export function sessionSummary(session: ExamSession, revision: number): SessionSummary {
  const candidates = { enrolled: session.candidates.size, passed: 0, failed: 0, pending: 0 };
  for (const { outcome } of session.candidates.values()) candidates[outcome ?? 'pending'] += 1;
  const { sessionId, bodyId, bodyName, occupationCode, standardVersion, workType, level, date, venue } = session;
  const plan = { sessionId, bodyId, bodyName, occupationCode, standardVersion, workType, level, date, venue };
  return { ...plan, status: session.status, closedAt: session.closedAt, candidates, revision };
}
