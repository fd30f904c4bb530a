import type { PostCommitWrites } from '@tianfu/eventstore';
import type { RequestCaller } from '@tianfu/service-kit';
import type { Enrolment } from '../domain/enrol-candidates.ts';
import type { SessionCommand } from '../domain/exam-session.ts';
import type { ExamSession } from '../domain/exam-session-state.ts';
import type { Examiner } from '../domain/examiner.ts';
import type { Supervisor } from '../domain/quality-supervisor.ts';
import type { ScoreEntry } from '../domain/record-scores.ts';
import type { SessionPlan } from '../domain/schedule-session.ts';
import { sessionError, sessionNotFound } from '../domain/session-errors.ts';
import { isAuthority } from './authority.ts';
import type { BodyCommands } from './body-commands.ts';
import { type CataloguePort, occupationIn } from './catalogue-port.ts';
import type { KnownLevels } from './known-levels.ts';
import type { Registry } from './registry-commands.ts';
import type { SessionAccess } from './session-access.ts';
import type { SessionStates } from './session-state-cache.ts';
import { supervisorSeenBy } from './supervisor-access.ts';
import type { TrainingFacts } from './training-facts.ts';

export interface SessionResult {
  readonly session: ExamSession;
  readonly revision: number;
  /** The types of the events the command appended; empty when it changed nothing (a repeated sheet). */
  readonly emitted: readonly string[];
}

export interface SessionCommandsDeps {
  readonly access: SessionAccess;
  readonly bodies: BodyCommands;
  readonly examiners: Registry<Examiner>;
  readonly supervisors: Registry<Supervisor>;
  readonly known: KnownLevels;
  readonly trainings: Pick<TrainingFacts, 'of'>;
  readonly catalogue: CataloguePort;
  readonly readModels: Pick<PostCommitWrites, 'afterCommit'>;
  readonly states: SessionStates;
  readonly clock: () => Date;
}

export type ScheduleRequest = Omit<SessionPlan, 'scheduledAt'> & {
  readonly bodyId: string;
  readonly examinerIds: readonly string[];
  readonly supervisorId: string;
};

export interface AmendRequest {
  readonly date?: string;
  readonly venue?: string;
  readonly examinerIds?: readonly string[];
  readonly supervisorId?: string;
  readonly reason: string;
}

export function sessionCommands(deps: SessionCommandsDeps) {
  const { access, states, clock } = deps;

  async function run(sessionId: string, command: SessionCommand, caller: RequestCaller): Promise<SessionResult> {
    const result = await states.run(sessionId, command, caller);
    await deps.readModels.afterCommit(result.events);
    if (result.state === null) throw sessionNotFound(sessionId);
    return { session: result.state, revision: result.revision, emitted: result.events.map((e) => e.type) };
  }

  async function load(sessionId: string, caller: RequestCaller): Promise<{ session: ExamSession; revision: number }> {
    await access.checkSession(sessionId, caller, 'read');
    const { state, revision } = await states.read(sessionId);
    if (state === null) throw sessionNotFound(sessionId);
    return { session: state, revision };
  }

  return {
    async schedule(request: ScheduleRequest, caller: RequestCaller): Promise<SessionResult> {
      const { bodyId, examinerIds, supervisorId, ...rest } = request;
      await access.checkBody(bodyId, caller, 'write');
      const [body, examiners, supervisor] = await Promise.all([
        deps.bodies.load(bodyId),
        Promise.all(examinerIds.map((id) => deps.examiners.load(id))),
        supervisorSeenBy(deps.supervisors, supervisorId, bodyId, caller),
      ]);
      const plan = { ...rest, scheduledAt: clock().toISOString() };
      return run(rest.sessionId, { type: 'ScheduleSession', data: { plan, body, examiners, supervisor } }, caller);
    },
    async amend(sessionId: string, request: AmendRequest, caller: RequestCaller): Promise<SessionResult> {
      const { bodyId } = await access.checkSession(sessionId, caller, 'write');
      const { examinerIds, supervisorId, ...rest } = request;
      const [body, examiners, supervisor] = await Promise.all([
        deps.bodies.load(bodyId),
        examinerIds && Promise.all(examinerIds.map((id) => deps.examiners.load(id))),
        supervisorId === undefined ? undefined : supervisorSeenBy(deps.supervisors, supervisorId, bodyId, caller),
      ]);
      const data = { ...rest, sessionId, body, examiners, supervisor, at: clock().toISOString() };
      return run(sessionId, { type: 'AmendSession', data }, caller);
    },
    async enrol(sessionId: string, entries: readonly Enrolment[], sheetHash: string | null, caller: RequestCaller) {
      const { occupationCode } = await access.checkSession(sessionId, caller, 'write');
      const workerIds = entries.map((e) => e.workerId);
      const [known, trained] = await Promise.all([deps.known.of(workerIds), deps.trainings.of(workerIds)]);
      const withKnown = entries.map((e) => {
        const platform = known.get(e.workerId) ?? [];
        const heldLevels = [...platform, ...e.background.heldLevels];
        // §2.3: what the platform recorded is evidence beside the declaration, never instead of it.
        return { ...e, background: { ...e.background, heldLevels, completedTrainings: trained.get(e.workerId) ?? [] } };
      });
      const data = { sessionId, entries: withKnown, sheetHash, at: clock().toISOString() };
      const occupation = occupationIn(deps.catalogue, occupationCode);
      return run(sessionId, { type: 'EnrolCandidates', data, occupation }, caller);
    },
    async recordScores(
      sessionId: string,
      entries: readonly ScoreEntry[],
      sheetHash: string | null,
      caller: RequestCaller,
    ) {
      await access.checkSession(sessionId, caller, 'write');
      const byAuthority = isAuthority(caller.principal);
      const data = { sessionId, entries, sheetHash, byAuthority, at: clock().toISOString() };
      return run(sessionId, { type: 'RecordScores', data }, caller);
    },
    async close(sessionId: string, caller: RequestCaller) {
      await access.checkSession(sessionId, caller, 'write');
      return run(sessionId, { type: 'CloseSession', data: { sessionId, at: clock().toISOString() } }, caller);
    },
    load,
    /** One candidate of a session the caller may read, with the session's revision; an unknown 准考证号 is 404. */
    async candidate(sessionId: string, candidateId: string, caller: RequestCaller) {
      const { session, revision } = await load(sessionId, caller);
      const candidate = session.candidates.get(candidateId);
      if (candidate === undefined)
        throw sessionError('CANDIDATE_NOT_FOUND', `no candidate ${candidateId} in ${sessionId}`);
      return { candidate, revision };
    },
  };
}

export type SessionCommands = ReturnType<typeof sessionCommands>;
