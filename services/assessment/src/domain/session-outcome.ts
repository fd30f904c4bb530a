import type { PartScores, PartsVerdict } from './assessment-parts.ts';
import type { Candidate, ExamSession } from './exam-session-state.ts';
import type { SessionEmitted } from './session-emitted.ts';

/**
 * CandidatePassed or CandidateFailed with what a certificate needs (docs/domain.md §3.1), keyed by the
 * worker. `supersedes` marks an outcome that a correction turned around.
 */
export function outcomeEvent(
  session: ExamSession,
  candidate: Candidate,
  scores: PartScores,
  verdict: PartsVerdict,
  at: string,
): SessionEmitted {
  const { sessionId, bodyId, filingNo, bodyName, occupationCode, workType, level, date } = session;
  const { candidateId, workerId, holderName } = candidate;
  const data = {
    sessionId,
    candidateId,
    workerId,
    holderName,
    bodyId,
    filingNo,
    bodyName,
    occupationCode,
    workType,
    level,
    sessionDate: date,
    scores,
    decidedAt: at,
    supersedes: candidate.outcome !== null,
  };
  if (verdict.passed) {
    return {
      type: 'assessment.CandidatePassed',
      data,
      workerId,
      occurredAt: at,
    };
  }
  const { failedParts, missingParts } = verdict;
  return {
    type: 'assessment.CandidateFailed',
    data: { ...data, failedParts: [...failedParts], missingParts: [...missingParts] },
    workerId,
    occurredAt: at,
  };
}
