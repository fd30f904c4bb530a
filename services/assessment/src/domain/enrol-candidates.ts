import type { CatalogueOccupation, CatalogueStandard } from '@tianfu/catalogue-view/state';
import { clipText, type EligibilityRecord, type SealedName } from '@tianfu/contracts';
import {
  type CandidateBackground,
  type CompletedTraining,
  type EligibilityAnswer,
  evaluateEligibility,
  type HeldLevel,
  type RuleOutcome,
} from '@tianfu/skill-rules';
import { standardOnRecord } from './catalogue-standard.ts';
import { candidateIdAt, type ExamSession, type SessionState } from './exam-session-state.ts';
import { implausibleExperience } from './plausibility.ts';
import type { SessionEmitted } from './session-emitted.ts';
import { type RowProblem, sessionError, sessionNotFound, sheetRowsRejected } from './session-errors.ts';

export interface Enrolment {
  /** The sheet row, or 1 for a single enrolment. */
  readonly row: number;
  readonly workerId: string;
  /** Sealed under the worker's key before the command (the vault is I/O): it travels to the certificate. */
  readonly holderName: SealedName | null;
  readonly background: CandidateBackground;
  /** An override of a failed eligibility check needs a reason, and is recorded. */
  readonly overrideReason: string | null;
}

export interface EnrolCandidates {
  readonly type: 'EnrolCandidates';
  readonly data: {
    readonly sessionId: string;
    readonly entries: readonly Enrolment[];
    /** Set for a bulk sheet: its hash makes a second upload a no-op. */
    readonly sheetHash: string | null;
    readonly at: string;
  };
  /** The catalogue's record of the session's occupation, as the handler found it; null when it has none. */
  readonly occupation: CatalogueOccupation | null;
}

type Checked =
  | { readonly ok: true; readonly eligibility: EligibilityRecord }
  | {
      readonly ok: false;
      readonly problem: RowProblem;
      readonly code:
        | 'CANDIDATE_ALREADY_ENROLLED'
        | 'EXAMINER_IN_OWN_SESSION'
        | 'EXPERIENCE_IMPLAUSIBLE'
        | 'CANDIDATE_NOT_ELIGIBLE';
      readonly answer?: EligibilityAnswer;
    };

const whyNot = (answer: EligibilityAnswer): string =>
  answer.rules.map((r) => `${r.ruleId} (${r.text}): ${r.unmet.join('; ')}`).join(' | ');

const heldText = ({ level, occupationCode, obtainedOn, source, certificateNo }: HeldLevel): string =>
  `${level} ${occupationCode} since ${obtainedOn}, ${source}${certificateNo === null ? '' : ` ${certificateNo}`}`;

const trainingText = ({
  source,
  id,
  providerId,
  occupationCode,
  hours,
  completedOn,
  certificateNo,
}: CompletedTraining) =>
  `${source} ${id} of ${providerId}, ${occupationCode}, ${hours} h, completed ${completedOn}${certificateNo === null ? '' : ` ${certificateNo}`}`;

/** The rule that passed, and each held level and recorded training it counted with where that came from. */
const passedBecause = (rule: RuleOutcome): string =>
  [rule.text, ...rule.heldLevels.map(heldText), ...rule.trainings.map(trainingText)].join('; ');

/** Eligibility per docs/domain.md §2.3, judged at the session date by the catalogue's record of the filed standard. */
function eligibilityOf(session: ExamSession, standard: CatalogueStandard, entry: Enrolment): Checked {
  const answer = evaluateEligibility({
    standard,
    level: session.level,
    asOf: session.date,
    background: entry.background,
  });
  if (answer.eligible && answer.passedRule !== null) {
    const rule = answer.rules.find((r) => r.ruleId === answer.passedRule);
    const summary = rule === undefined ? '' : clipText(passedBecause(rule), 500);
    return { ok: true, eligibility: { basis: 'rule', ruleId: answer.passedRule, summary } };
  }
  if (entry.overrideReason !== null) {
    return {
      ok: true,
      eligibility: { basis: 'override', reason: entry.overrideReason, summary: clipText(whyNot(answer), 500) },
    };
  }
  const problem = {
    row: entry.row,
    column: 'eligibility',
    rule: 'not_eligible',
    message: `no §2.3 rule is met: ${whyNot(answer)}`,
  };
  return { ok: false, problem, code: 'CANDIDATE_NOT_ELIGIBLE', answer };
}

interface Judged {
  readonly session: ExamSession;
  readonly standard: CatalogueStandard;
  readonly seen: ReadonlySet<string>;
}

function check({ session, standard, seen }: Judged, entry: Enrolment): Checked {
  const { row, workerId } = entry;
  if (session.candidateByWorker.has(workerId) || seen.has(workerId)) {
    const problem = {
      row,
      column: 'idNumber',
      rule: 'already_enrolled',
      message: 'this worker is already a candidate in the session',
    };
    return { ok: false, problem, code: 'CANDIDATE_ALREADY_ENROLLED' };
  }
  if (session.examiners.some((e) => e.workerId === workerId)) {
    const problem = {
      row,
      column: 'idNumber',
      rule: 'examiner_in_own_session',
      message: 'an examiner cannot be a candidate in their own session',
    };
    return { ok: false, problem, code: 'EXAMINER_IN_OWN_SESSION' };
  }
  const { birthDate, yearsInOccupation } = entry.background;
  const implausible = implausibleExperience(birthDate, yearsInOccupation, session.date);
  if (implausible !== null) {
    const problem = { row, column: 'yearsInOccupation', rule: 'experience_exceeds_working_age', message: implausible };
    return { ok: false, problem, code: 'EXPERIENCE_IMPLAUSIBLE' };
  }
  return eligibilityOf(session, standard, entry);
}

/** Enrols one worker or a whole sheet: every entry is checked first, and any refusal applies nothing. */
export function decideEnrolment(command: EnrolCandidates, state: SessionState): readonly SessionEmitted[] {
  const { sessionId, entries, sheetHash, at } = command.data;
  if (state === null) throw sessionNotFound(sessionId);
  if (sheetHash !== null && state.sheets.has(sheetHash)) return [];
  if (state.status === 'closed') throw sessionError('SESSION_CLOSED', `exam session ${sessionId} is closed`);
  const { standard } = standardOnRecord(command.occupation, state.occupationCode, state.standardVersion);
  const seen = new Set<string>();
  const problems: RowProblem[] = [];
  const events: SessionEmitted[] = [];
  for (const entry of entries) {
    const checked = check({ session: state, standard, seen }, entry);
    seen.add(entry.workerId);
    if (!checked.ok) {
      if (sheetHash === null)
        throw sessionError(checked.code, checked.problem.message, {
          field: checked.problem.column,
          rule: checked.problem.rule,
          ...(checked.answer ? { eligibility: checked.answer } : {}),
        });
      problems.push(checked.problem);
      continue;
    }
    const candidateId = candidateIdAt(state.candidates.size + events.length + 1);
    const { workerId, holderName } = entry;
    const data = { sessionId, candidateId, workerId, holderName, eligibility: checked.eligibility, enrolledAt: at };
    events.push({ type: 'assessment.CandidateEnrolled', data, workerId, occurredAt: at });
  }
  if (problems.length > 0) throw sheetRowsRejected(problems);
  if (sheetHash === null) return events;
  const accepted = {
    sessionId,
    kind: 'enrolments' as const,
    fileHash: sheetHash,
    rows: entries.length,
    acceptedAt: at,
  };
  return [...events, { type: 'assessment.SheetAccepted', data: accepted, occurredAt: at }];
}
