import { createHash } from 'node:crypto';
import { isDomainError } from '@tianfu/decider';
import type { NameToOpen, RequestCaller } from '@tianfu/service-kit';
import { type ClassRoster, completerEnrolments, type DeclaredCompleter } from '../domain/class-completers.ts';
import { completersRefused } from '../domain/completer-refusals.ts';
import type { RowProblem } from '../domain/session-errors.ts';
import type { SessionAccess } from './session-access.ts';
import type { SessionCommands } from './session-commands.ts';
import type { TrainingFacts } from './training-facts.ts';

export interface ClassEnrolmentDeps {
  readonly access: Pick<SessionAccess, 'checkSession'>;
  readonly sessions: Pick<SessionCommands, 'load' | 'enrol'>;
  readonly trainings: Pick<TrainingFacts, 'roster'>;
  readonly openNames: (items: readonly NameToOpen[]) => Promise<readonly (string | null)[]>;
}

export interface ClassEnrolmentResult {
  readonly revision: number;
  /** Every completer of the class, with the 准考证号 they hold in the session. */
  readonly candidates: readonly { readonly workerId: string; readonly candidateId: string }[];
  readonly added: number;
}

/** One class is taken in once: its id hashed as a sheet's content, so the session records it (docs/domain.md §7.5). */
export const classSheetHash = (classId: string): string =>
  createHash('sha256').update(`training-class:${classId}`).digest('hex');

/** Opens the refused completers' sealed names, to be masked; a name not known or erased stays null. */
async function namesOf(deps: ClassEnrolmentDeps, roster: ClassRoster, problems: readonly RowProblem[]) {
  const rows = new Set(problems.map((p) => p.row));
  const sealed = roster.completers.flatMap((c) =>
    rows.has(Number(c.enrolmentId)) && c.holderName !== null ? [{ workerId: c.workerId, sealed: c.holderName }] : [],
  );
  const opened = await deps.openNames(sealed);
  return new Map(sealed.map((s, i) => [s.workerId, opened[i] ?? null]));
}

/**
 * Enrols a training class's completers in an exam session, each checked as any enrolment is,
 * all or none: a refusal names every refused completer by workerId and masked name.
 */
export function classEnrolment(deps: ClassEnrolmentDeps) {
  return async (
    sessionId: string,
    request: { readonly classId: string; readonly declared: readonly DeclaredCompleter[] },
    caller: RequestCaller,
  ): Promise<ClassEnrolmentResult> => {
    // Whether the caller may enrol here is answered before anything is said of the class.
    await deps.access.checkSession(sessionId, caller, 'write');
    const { session, revision } = await deps.sessions.load(sessionId, caller);
    const roster = await deps.trainings.roster(request.classId);
    const entries = completerEnrolments(session, request.classId, roster, request.declared);
    const candidatesIn = (byWorker: ReadonlyMap<string, string>) =>
      roster.completers.flatMap(({ workerId }) => {
        const candidateId = byWorker.get(workerId);
        return candidateId === undefined ? [] : [{ workerId, candidateId }];
      });
    if (entries.length === 0) return { revision, candidates: candidatesIn(session.candidateByWorker), added: 0 };
    try {
      const result = await deps.sessions.enrol(sessionId, entries, classSheetHash(request.classId), caller);
      const added = result.emitted.filter((type) => type === 'assessment.CandidateEnrolled').length;
      return { revision: result.revision, candidates: candidatesIn(result.session.candidateByWorker), added };
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'SHEET_ROWS_REJECTED') throw error;
      const problems = (error.details?.problems ?? []) as readonly RowProblem[];
      throw completersRefused(problems, roster.completers, await namesOf(deps, roster, problems));
    }
  };
}

export type ClassEnrolment = ReturnType<typeof classEnrolment>;
