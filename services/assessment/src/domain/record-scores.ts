import { type AssessmentPart, judgeParts, type PartScores } from './assessment-parts.ts';
import type { Candidate, ExamSession, SessionState } from './exam-session-state.ts';
import type { SessionEmitted } from './session-emitted.ts';
import {
  type RowProblem,
  type SessionErrorCode,
  sessionError,
  sessionNotFound,
  sheetRowsRejected,
} from './session-errors.ts';
import { outcomeEvent } from './session-outcome.ts';

export interface ScoreEntry {
  readonly row: number;
  /** The candidate by 准考证号, or by the worker (a sheet may name candidates by ID number). */
  readonly candidate: { readonly candidateId: string } | { readonly workerId: string };
  readonly part: AssessmentPart;
  readonly score: number;
  /** A changed mark is a correction and needs a reason (audit trail). */
  readonly reason: string | null;
}

export interface RecordScores {
  readonly type: 'RecordScores';
  readonly data: {
    readonly sessionId: string;
    readonly entries: readonly ScoreEntry[];
    readonly sheetHash: string | null;
    /** 人社 authority: the only one who may correct after the session closed. */
    readonly byAuthority: boolean;
    readonly at: string;
  };
}

interface Refusal {
  readonly code: SessionErrorCode;
  readonly problem: RowProblem;
}

const refuse = (code: SessionErrorCode, entry: ScoreEntry, column: string, rule: string, message: string): Refusal => ({
  code,
  problem: { row: entry.row, column, rule, message },
});

type Step =
  | { readonly kind: 'skip' }
  | { readonly kind: 'record' }
  | { readonly kind: 'correct'; readonly previous: number }
  | Refusal;

function stepFor(
  session: ExamSession,
  entry: ScoreEntry,
  candidate: Candidate | undefined,
  scores: PartScores,
  byAuthority: boolean,
): Step {
  if (candidate === undefined) {
    const named = 'candidateId' in entry.candidate ? `candidate ${entry.candidate.candidateId}` : 'this worker';
    return refuse(
      'CANDIDATE_NOT_FOUND',
      entry,
      'candidate',
      'candidate_not_enrolled',
      `${named} is not enrolled in this session`,
    );
  }
  if (!session.parts.includes(entry.part)) {
    return refuse(
      'PART_NOT_ASSESSED',
      entry,
      'part',
      'part_not_assessed',
      `a ${session.level} session assesses ${session.parts.join(', ')} (docs/domain.md §2.2)`,
    );
  }
  const previous = scores[entry.part];
  if (previous === entry.score) return { kind: 'skip' };
  const closed = session.status === 'closed';
  if (previous === undefined) {
    return closed
      ? refuse('SESSION_CLOSED', entry, 'score', 'session_closed', 'the session is closed; results are final')
      : { kind: 'record' };
  }
  if (entry.reason === null) {
    return refuse(
      'CORRECTION_NEEDS_REASON',
      entry,
      'score',
      'score_already_recorded',
      `${entry.part} is already ${previous}; a correction needs a reason`,
    );
  }
  if (closed && !byAuthority) {
    return refuse(
      'CLOSED_SESSION_AUTHORITY_ONLY',
      entry,
      'score',
      'closed_session_authority_only',
      'after close only the authority may correct a score',
    );
  }
  return { kind: 'correct', previous };
}

function candidateOf(session: ExamSession, entry: ScoreEntry): Candidate | undefined {
  const ref = entry.candidate;
  const candidateId = 'candidateId' in ref ? ref.candidateId : session.candidateByWorker.get(ref.workerId);
  return candidateId === undefined ? undefined : session.candidates.get(candidateId);
}

/** Records or corrects part scores; an outcome is decided once every required part is in (docs/domain.md §2.2). */
export function decideScores(command: RecordScores, state: SessionState): readonly SessionEmitted[] {
  const { sessionId, entries, sheetHash, byAuthority, at } = command.data;
  if (state === null) throw sessionNotFound(sessionId);
  if (sheetHash !== null && state.sheets.has(sheetHash)) return [];
  const working = new Map<string, PartScores>();
  const problems: RowProblem[] = [];
  const events: SessionEmitted[] = [];
  for (const entry of entries) {
    const candidate = candidateOf(state, entry);
    const scores = (candidate && working.get(candidate.candidateId)) ?? { ...candidate?.scores };
    const step = stepFor(state, entry, candidate, scores, byAuthority);
    if ('code' in step) {
      if (sheetHash === null) throw sessionError(step.code, step.problem.message);
      problems.push(step.problem);
      continue;
    }
    if (step.kind === 'skip' || candidate === undefined) continue;
    working.set(candidate.candidateId, { ...scores, [entry.part]: entry.score });
    const base = {
      sessionId,
      candidateId: candidate.candidateId,
      workerId: candidate.workerId,
      part: entry.part,
      score: entry.score,
    };
    events.push(
      step.kind === 'record'
        ? {
            type: 'assessment.PartScoreRecorded',
            data: { ...base, recordedAt: at },
            workerId: candidate.workerId,
            occurredAt: at,
          }
        : {
            type: 'assessment.PartScoreCorrected',
            data: { ...base, previousScore: step.previous, reason: entry.reason ?? '', byAuthority, correctedAt: at },
            workerId: candidate.workerId,
            occurredAt: at,
          },
    );
  }
  if (problems.length > 0) throw sheetRowsRejected(problems);
  for (const [candidateId, scores] of working) {
    const candidate = state.candidates.get(candidateId);
    const verdict = judgeParts(state.parts, scores);
    if (candidate === undefined || !verdict.complete) continue;
    if ((verdict.passed ? 'passed' : 'failed') !== candidate.outcome)
      events.push(outcomeEvent(state, candidate, scores, verdict, at));
  }
  if (sheetHash === null || events.length === 0) return events;
  const accepted = { sessionId, kind: 'scores' as const, fileHash: sheetHash, rows: entries.length, acceptedAt: at };
  return [...events, { type: 'assessment.SheetAccepted', data: accepted, occurredAt: at }];
}
