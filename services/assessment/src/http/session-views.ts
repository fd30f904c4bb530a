import type { z } from 'zod';
import type { Candidate, ExamSession } from '../domain/exam-session-state.ts';
import type { SessionViewSchema } from './session-schemas.ts';

export type SessionView = z.input<typeof SessionViewSchema>;

/** A session for its body: the plan and candidate counts, never the candidates' workers. */
export function sessionView(session: ExamSession, revision: number): SessionView {
  const all = [...session.candidates.values()];
  const count = (outcome: Candidate['outcome']) => all.filter((c) => c.outcome === outcome).length;
  return {
    sessionId: session.sessionId,
    bodyId: session.bodyId,
    bodyName: session.bodyName,
    occupationCode: session.occupationCode,
    standardVersion: session.standardVersion,
    workType: session.workType,
    level: session.level,
    date: session.date,
    venue: session.venue,
    examiners: session.examiners.map(({ examinerId, grade }) => ({ examinerId, grade })),
    supervisorId: session.supervisorId,
    parts: [...session.parts],
    status: session.status,
    closedAt: session.closedAt,
    candidates: { enrolled: all.length, passed: count('passed'), failed: count('failed'), pending: count(null) },
    revision,
  };
}

type People = ReadonlyMap<string, { readonly name: string; readonly maskedIdNumber: string }>;

/** A candidate for its body, with the name and masked number the vault still holds (null once erased). */
export function candidateView({ candidateId, workerId, scores, outcome }: Candidate, people: People) {
  const person = people.get(workerId);
  return {
    candidateId,
    workerId,
    name: person?.name ?? null,
    maskedIdNumber: person?.maskedIdNumber ?? null,
    scores,
    outcome,
  };
}
