import type { z } from 'zod';
import { sessionSummary } from '../application/session-summary.ts';
import type { Candidate, ExamSession } from '../domain/exam-session-state.ts';
import type { SessionViewSchema } from './session-schemas.ts';

export type SessionView = z.input<typeof SessionViewSchema>;

/** A session for its body: the plan, its staff and candidate counts, never the candidates' workers. */
export function sessionView(session: ExamSession, revision: number): SessionView {
  return {
    ...sessionSummary(session, revision),
    examiners: session.examiners.map(({ examinerId, grade }) => ({ examinerId, grade })),
    supervisorId: session.supervisorId,
    parts: [...session.parts],
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
