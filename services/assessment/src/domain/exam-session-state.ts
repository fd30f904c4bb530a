import type {
  CandidateEnrolledData,
  CandidateFailedData,
  CandidatePassedData,
  PartScoreCorrectedData,
  PartScoreRecordedData,
  SealedName,
  SessionAmendedData,
  SessionClosedData,
  SessionScheduledData,
  SheetAcceptedData,
} from '@tianfu/contracts';
import type { DomainEvent } from '@tianfu/decider';
import type { PartScores } from './assessment-parts.ts';

export type SessionEvent =
  | DomainEvent<'assessment.SessionScheduled', SessionScheduledData>
  | DomainEvent<'assessment.SessionAmended', SessionAmendedData>
  | DomainEvent<'assessment.CandidateEnrolled', CandidateEnrolledData>
  | DomainEvent<'assessment.PartScoreRecorded', PartScoreRecordedData>
  | DomainEvent<'assessment.PartScoreCorrected', PartScoreCorrectedData>
  | DomainEvent<'assessment.CandidatePassed', CandidatePassedData>
  | DomainEvent<'assessment.CandidateFailed', CandidateFailedData>
  | DomainEvent<'assessment.SessionClosed', SessionClosedData>
  | DomainEvent<'assessment.SheetAccepted', SheetAcceptedData>;

/** One mark as recorded or corrected: the audit trail of a candidate's scores. */
export interface ScoreChange {
  readonly part: PartScoreRecordedData['part'];
  readonly score: number;
  readonly previousScore: number | null;
  readonly reason: string | null;
  readonly byAuthority: boolean;
  readonly at: string;
}

export interface Candidate {
  readonly candidateId: string;
  readonly workerId: string;
  /** The name sealed under the worker's key, for the outcome to carry; null when enrolled under v1. */
  readonly holderName: SealedName | null;
  scores: PartScores;
  readonly history: ScoreChange[];
  outcome: 'passed' | 'failed' | null;
}

/**
 * One exam session with its candidates (docs/domain.md §2.2: candidate × occupation × level × session
 * × body). The session is the consistency boundary: outcomes, corrections and closing all need
 * every candidate's marks at once.
 */
export interface ExamSession extends SessionScheduledData {
  readonly status: 'scheduled' | 'closed';
  readonly closedAt: string | null;
  readonly candidates: Map<string, Candidate>;
  readonly candidateByWorker: Map<string, string>;
  readonly sheets: Map<string, SheetAcceptedData>;
}

export type SessionState = ExamSession | null;

/** 准考证号: the enrolment order within the session, so a sheet can name candidates by it. */
export const candidateIdAt = (index: number): string => String(index).padStart(5, '0');

function scoreChange(
  event: SessionEvent & { type: 'assessment.PartScoreRecorded' | 'assessment.PartScoreCorrected' },
): ScoreChange {
  const { part, score } = event.data;
  if (event.type === 'assessment.PartScoreRecorded') {
    return { part, score, previousScore: null, reason: null, byAuthority: false, at: event.data.recordedAt };
  }
  const { previousScore, reason, byAuthority, correctedAt } = event.data;
  return { part, score, previousScore, reason, byAuthority, at: correctedAt };
}

/**
 * Takes ownership of `state` and updates its maps in place: a session may hold 10,000 candidates,
 * and copying them per event would make a fold quadratic. Callers never reuse a state they passed in.
 */
export function evolveSession(state: SessionState, event: SessionEvent): SessionState {
  if (event.type === 'assessment.SessionScheduled') {
    return {
      ...event.data,
      status: 'scheduled',
      closedAt: null,
      candidates: new Map(),
      candidateByWorker: new Map(),
      sheets: new Map(),
    };
  }
  if (state === null) return state;
  switch (event.type) {
    case 'assessment.CandidateEnrolled': {
      const { candidateId, workerId, holderName } = event.data;
      state.candidates.set(candidateId, { candidateId, workerId, holderName, scores: {}, history: [], outcome: null });
      state.candidateByWorker.set(workerId, candidateId);
      return state;
    }
    case 'assessment.PartScoreRecorded':
    case 'assessment.PartScoreCorrected': {
      const candidate = state.candidates.get(event.data.candidateId);
      if (candidate === undefined) return state;
      candidate.scores = { ...candidate.scores, [event.data.part]: event.data.score };
      candidate.history.push(scoreChange(event));
      return state;
    }
    case 'assessment.CandidatePassed':
    case 'assessment.CandidateFailed': {
      const candidate = state.candidates.get(event.data.candidateId);
      if (candidate) candidate.outcome = event.type === 'assessment.CandidatePassed' ? 'passed' : 'failed';
      return state;
    }
    case 'assessment.SheetAccepted':
      state.sheets.set(event.data.fileHash, event.data);
      return state;
    case 'assessment.SessionClosed':
      return { ...state, status: 'closed', closedAt: event.data.closedAt };
    case 'assessment.SessionAmended': {
      const { date, venue, examiners, supervisorId } = event.data;
      return { ...state, date, venue, examiners, supervisorId };
    }
  }
}
