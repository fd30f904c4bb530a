import {
  type AgreeApprenticeshipSchema,
  birthDateOfDocument,
  chinaDate,
  type IdDocument,
  type WorkerId,
} from '@tianfu/contracts';
import { type EventStore, handleCommand, type PostCommitWrites } from '@tianfu/eventstore';
import type { PersonalDataVault, RequestCaller } from '@tianfu/service-kit';
import type { z } from 'zod';
import type { ApprenticeFacts } from '../domain/apprentice-eligibility.ts';
import {
  type Apprenticeship,
  type ApprenticeshipCommand,
  apprenticeship,
  apprenticeshipNotFound,
} from '../domain/apprenticeship.ts';
import type { AgreeApprenticeship } from '../domain/apprenticeship-agreement.ts';
import {
  apprenticeEligibilityRules,
  apprenticeshipDurationRules,
  apprenticeshipProviderKinds,
} from '../domain/apprenticeship-rule-data.ts';
import { itemKey } from '../domain/catalogue-items.ts';
import type { ApprenticeClaims } from './apprentice-claims.ts';
import type { ApprenticeshipList, ApprenticeshipQuery } from './apprenticeship-list.ts';
import { apprenticeshipStreamId, readApprenticeship } from './apprenticeship-streams.ts';
import { type CataloguePort, offeredLevelsOn, standingsOf } from './catalogue-port.ts';
import { providerStreamId, readProvider } from './training-streams.ts';

export interface ApprenticeshipCommandsDeps {
  readonly store: EventStore;
  readonly personalData: PersonalDataVault;
  readonly catalogue: CataloguePort;
  readonly claims: ApprenticeClaims;
  readonly list: ApprenticeshipList;
  readonly readModels: Pick<PostCommitWrites, 'afterCommit'>;
  readonly clock: () => Date;
}

export interface ApprenticeshipRecord {
  readonly apprenticeship: Apprenticeship;
  readonly revision: number;
  /** Whether the command appended anything (a retried record or completion does not). */
  readonly applied: boolean;
}

type BirthDate = ApprenticeFacts['birthDate'];

/** The ID number's birth date, else one declared beside a document that has none (docs/domain.md §6.2). */
function birthDateOf(document: IdDocument, declared: string | undefined): BirthDate {
  const fromNumber = birthDateOfDocument(document);
  if (fromNumber !== null) return { on: fromNumber, field: 'document.idNumber' };
  return declared === undefined ? null : { on: declared, field: 'birthDate' };
}

type Change = Exclude<ApprenticeshipCommand, AgreeApprenticeship>;
type ChangeData<K extends Change['type']> = Omit<Extract<Change, { type: K }>['data'], 'recordedAt'>;

/** A training-provider token acts for its own provider's agreements; the office for any. */
const actsFor = ({ principal }: RequestCaller, providerId: string): boolean =>
  principal.role !== 'training-provider' || principal.providerId === providerId;

/** 企业新型学徒制 agreements (docs/domain.md §7.6): agreed, progressed, completed or terminated. */
export function apprenticeshipCommands({
  store,
  personalData,
  catalogue,
  claims,
  list,
  readModels,
  clock,
}: ApprenticeshipCommandsDeps) {
  const run = async (
    id: string,
    command: ApprenticeshipCommand,
    caller: RequestCaller,
  ): Promise<ApprenticeshipRecord> => {
    const result = await handleCommand(store, apprenticeshipStreamId(id), apprenticeship, command, caller);
    const { state, revision, events } = result;
    if (state === null) throw apprenticeshipNotFound(id);
    await readModels.afterCommit(events, () => list.put(state, revision));
    return { apprenticeship: state, revision, applied: events.length > 0 };
  };
  /** Another provider's agreement is answered like one never agreed. */
  const load = async (id: string, caller: RequestCaller) => {
    const { state, revision } = await readApprenticeship(store, apprenticeshipStreamId(id));
    if (state === null || !actsFor(caller, state.providerId)) throw apprenticeshipNotFound(id);
    return { apprenticeship: state, revision, applied: false };
  };

  /** A change to an agreement the caller acts for, recorded now; once it has ended, its apprentice is free again. */
  async function change(id: string, commandAt: (recordedAt: string) => ApprenticeshipCommand, caller: RequestCaller) {
    await load(id, caller);
    const record = await run(id, commandAt(clock().toISOString()), caller);
    const { status, workerId } = record.apprenticeship;
    if (status !== 'active') await claims.release(workerId as WorkerId, id);
    return record;
  }

  /** Claims the apprentice, decides, and lets the claim go again when the agreement is refused. */
  async function agreeClaimed(command: AgreeApprenticeship, caller: RequestCaller, birthDate: BirthDate) {
    const { workerId, apprenticeshipId } = command.data;
    const claim = await claims.claim(workerId, apprenticeshipId);
    const apprentice: ApprenticeFacts = { birthDate, activeApprenticeshipId: claim.activeApprenticeshipId };
    try {
      return await run(apprenticeshipId, { ...command, apprentice }, caller);
    } catch (error) {
      if (claim.claimed) await claims.release(workerId, apprenticeshipId);
      throw error;
    }
  }

  return {
    /** The document becomes the workerId; the three names are sealed under the apprentice's key. */
    async agree(
      input: z.output<typeof AgreeApprenticeshipSchema>,
      caller: RequestCaller,
    ): Promise<ApprenticeshipRecord> {
      const { document, name, mentorName, teacherName, birthDate: declared, ...terms } = input;
      const agreedAt = clock().toISOString();
      const { workerId } = personalData.identify(document);
      const names = [name, mentorName, teacherName].map((n) => ({ workerId, name: n }));
      const [apprenticeName, mentor, teacher] = await personalData.sealNames(names);
      if (apprenticeName === undefined || mentor === undefined || teacher === undefined)
        throw new Error('names not sealed');
      const { state: provider } = await readProvider(store, providerStreamId(terms.providerId));
      const item = { kind: 'occupation' as const, code: terms.occupationCode };
      const day = chinaDate(agreedAt);
      const command: AgreeApprenticeship = {
        type: 'AgreeApprenticeship',
        data: { ...terms, workerId, apprenticeName, mentorName: mentor, teacherName: teacher, agreedAt },
        provider,
        standing: standingsOf(catalogue, [item], day)[itemKey(item)] ?? 'unknown',
        offeredLevels: offeredLevelsOn(catalogue, item, day),
        durationRules: apprenticeshipDurationRules,
        providerKinds: apprenticeshipProviderKinds,
        apprentice: { birthDate: null, activeApprenticeshipId: null },
        eligibilityRules: apprenticeEligibilityRules,
      };
      const record = await agreeClaimed(command, caller, birthDateOf(document, declared));
      // Kept only once agreed, so a refused agreement stores nothing: the number shown masked later.
      if (record.applied) await personalData.seal({ ...document, name });
      return record;
    },
    /** A dated step of progress; the same record again is a retry. */
    progress: (id: string, input: ChangeData<'RecordProgress'>, caller: RequestCaller) =>
      change(
        id,
        (recordedAt) => ({ type: 'RecordProgress', apprenticeshipId: id, data: { ...input, recordedAt } }),
        caller,
      ),
    /** Completion: the 学徒工 step of the ladder; before the planned end only with a reason. */
    complete: (id: string, input: { completedOn: string; reason?: string | undefined }, caller: RequestCaller) =>
      change(
        id,
        (recordedAt) => ({
          type: 'CompleteApprenticeship',
          apprenticeshipId: id,
          data: { completedOn: input.completedOn, reason: input.reason ?? null, recordedAt },
        }),
        caller,
      ),
    terminate: (id: string, input: ChangeData<'TerminateApprenticeship'>, caller: RequestCaller) =>
      change(
        id,
        (recordedAt) => ({ type: 'TerminateApprenticeship', apprenticeshipId: id, data: { ...input, recordedAt } }),
        caller,
      ),
    load,
    /** The agreements listed; a training-provider token sees only its own provider's, none without one. */
    list: async (query: ApprenticeshipQuery, caller: RequestCaller) => {
      const { role, providerId } = caller.principal;
      if (role !== 'training-provider') return list.find(query);
      return providerId === undefined ? [] : list.find({ ...query, providerId });
    },
  };
}

export type ApprenticeshipCommands = ReturnType<typeof apprenticeshipCommands>;
