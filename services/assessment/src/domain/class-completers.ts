import type { SealedName } from '@tianfu/contracts';
import type { CandidateBackground } from '@tianfu/skill-rules';
import type { Enrolment } from './enrol-candidates.ts';
import type { ExamSession } from './exam-session-state.ts';
import { sessionError } from './session-errors.ts';
import type { ClassFact, TrainingFact } from './training-facts.ts';

/** One completer of a class: the enrolment order (学员编号) names them, the name stays sealed. */
export interface Completer {
  readonly enrolmentId: string;
  readonly workerId: string;
  /** Null while the trainee's enrolment has not reached assessment. */
  readonly holderName: SealedName | null;
}

/** What assessment knows of one training class: as filed, how many completed it, and who. */
export interface ClassRoster {
  readonly filed: ClassFact | null;
  /** The completers the class's completion counted; null until the completion arrives. */
  readonly completersCounted: number | null;
  readonly completers: readonly Completer[];
}

/** What the body declares of a completer, as for any enrolment (docs/domain.md §2.3). */
export interface DeclaredCompleter {
  readonly workerId: string;
  readonly background: CandidateBackground;
  readonly overrideReason: string | null;
}

/** The facts of one class, joined: names from the enrolments, completers from the completions. */
export function classRoster(facts: readonly TrainingFact[]): ClassRoster {
  const names = new Map<string, SealedName>();
  for (const f of facts) if (f.kind === 'enrolment') names.set(f.enrolmentId, f.holderName);
  const completers = facts.flatMap((f) =>
    f.kind === 'completion'
      ? [{ enrolmentId: f.enrolmentId, workerId: f.workerId, holderName: names.get(f.enrolmentId) ?? null }]
      : [],
  );
  const ended = facts.find((f) => f.kind === 'class-completed');
  return {
    filed: facts.find((f): f is ClassFact => f.kind === 'class') ?? null,
    completersCounted: ended?.kind === 'class-completed' ? ended.completers : null,
    completers: completers.sort((a, b) => a.enrolmentId.localeCompare(b.enrolmentId)),
  };
}

const classError = (code: Parameters<typeof sessionError>[0], detail: string, rule: string) =>
  sessionError(code, detail, { field: 'classId', rule });

/** The class as it must be to enrol its completers in the session: completed, same occupation and level. */
function checkClass(session: ExamSession, classId: string, roster: ClassRoster): void {
  const { filed, completersCounted, completers } = roster;
  if (filed === null) throw classError('CLASS_NOT_FOUND', `no training class ${classId} is known`, 'class_known');
  if (completersCounted === null || completers.length < completersCounted) {
    const detail = `training class ${classId} has no completion on record yet (§7.5)`;
    throw classError('CLASS_NOT_COMPLETED', detail, 'class_completed');
  }
  const { item, targetLevel } = filed;
  if (item.kind !== 'occupation' || item.code !== session.occupationCode) {
    const detail = `class ${classId} trains ${item.kind} ${item.code}, the session assesses ${session.occupationCode}`;
    throw classError('CLASS_OCCUPATION_MISMATCH', detail, 'same_occupation');
  }
  if (targetLevel !== session.level) {
    const detail = `class ${classId} aims at ${targetLevel ?? 'no level'}, the session assesses ${session.level}`;
    throw classError('CLASS_LEVEL_MISMATCH', detail, 'same_level');
  }
}

function checkDeclared(roster: ClassRoster, declared: readonly DeclaredCompleter[]): void {
  const completing = new Set(roster.completers.map((c) => c.workerId));
  const stranger = declared.findIndex((d) => !completing.has(d.workerId));
  if (stranger === -1) return;
  const detail = `worker ${declared[stranger]?.workerId} did not complete the class: only completers are enrolled`;
  throw sessionError('NOT_A_COMPLETER', detail, { field: `declared.${stranger}.workerId`, rule: 'completer_only' });
}

/** A completer with nothing declared: only what the platform knows speaks for them (§2.3). */
const undeclared: CandidateBackground = {
  birthDate: null,
  yearsInOccupation: 0,
  apprenticeshipCompleted: false,
  schooling: [],
  title: null,
  heldLevels: [],
};

/**
 * The enrolments that take a class's completers into a session (docs/domain.md §7.5): each with
 * what the body declared of them, numbered by their 学员编号 so a refusal names them; a completer
 * already a candidate is left as they are, so a second call adds nothing.
 */
export function completerEnrolments(
  session: ExamSession,
  classId: string,
  roster: ClassRoster,
  declared: readonly DeclaredCompleter[],
): Enrolment[] {
  checkClass(session, classId, roster);
  checkDeclared(roster, declared);
  const byWorker = new Map(declared.map((d) => [d.workerId, d]));
  return roster.completers
    .filter((c) => !session.candidateByWorker.has(c.workerId))
    .map(({ enrolmentId, workerId, holderName }) => {
      const declaration = byWorker.get(workerId);
      return {
        row: Number(enrolmentId),
        workerId,
        holderName,
        background: declaration?.background ?? undeclared,
        overrideReason: declaration?.overrideReason ?? null,
      };
    });
}
