import { type ClassFiledData, chinaDate } from '@tianfu/contracts';
import { type EventStore, handleCommand, type PostCommitWrites } from '@tianfu/eventstore';
import type { RequestCaller } from '@tianfu/service-kit';
import { itemKey } from '../domain/catalogue-items.ts';
import { classSpan } from '../domain/class-sittings.ts';
import { type TrainingClass, trainingClass } from '../domain/training-class.ts';
import { classNotFound } from '../domain/training-errors.ts';
import { type CataloguePort, offeredLevelsOn, standingsOf } from './catalogue-port.ts';
import type { ClassList } from './class-list.ts';
import { classStreamId, providerStreamId, readClass, readProvider } from './training-streams.ts';

export interface ClassCommandsDeps {
  readonly store: EventStore;
  readonly classes: ClassList;
  readonly readModels: Pick<PostCommitWrites, 'afterCommit'>;
  readonly catalogue: CataloguePort;
  readonly clock: () => Date;
}

export type FileClassInput = Omit<ClassFiledData, 'providerId' | 'filedAt'>;

export interface ClassRecord {
  readonly filed: TrainingClass;
  readonly revision: number;
}

/** A training-provider token acts for the provider it names; the office and admin for any. */
const actsFor = (caller: RequestCaller, providerId: string): boolean => {
  const { role } = caller.principal;
  return role !== 'training-provider' || caller.principal.providerId === providerId;
};

/** Filing a provider's classes and reading them back (docs/domain.md §7.1). */
export function classCommands({ store, classes, readModels, catalogue, clock }: ClassCommandsDeps) {
  async function record(providerId: string, input: FileClassInput, caller: RequestCaller): Promise<ClassRecord> {
    const filedAt = clock().toISOString();
    const day = input.lateFiling === undefined ? chinaDate(filedAt) : classSpan(input.sittings).startsOn;
    const { state: provider } = await readProvider(store, providerStreamId(providerId));
    const command = {
      type: 'FileClass' as const,
      data: { ...input, providerId, filedAt },
      provider,
      standing: standingsOf(catalogue, [input.item], day)[itemKey(input.item)] ?? 'unknown',
      offeredLevels: offeredLevelsOn(catalogue, input.item, day),
    };
    const result = await handleCommand(store, classStreamId(input.classId), trainingClass, command, caller);
    const filed = result.state ?? command.data;
    await readModels.afterCommit(result.events, () => classes.put(filed, result.revision));
    return { filed, revision: result.revision };
  }

  return {
    /**
     * The provider's standing and the catalogue are read first and judged with the class; a
     * suspension committed in between is not seen by this one filing.
     */
    file: (providerId: string, input: FileClassInput, caller: RequestCaller): Promise<ClassRecord> =>
      record(providerId, input, caller),
    /**
     * 补录 (docs/domain.md §7.1): the office records a class that already ran, with its reason; the
     * catalogue is asked as it stood on the class's first day.
     */
    fileLate: (providerId: string, { reason, ...input }: FileClassInput & { reason: string }, caller: RequestCaller) =>
      record(providerId, { ...input, lateFiling: { reason } }, caller),
    /** Another provider's class is answered like one never filed. */
    async load(classId: string, caller: RequestCaller): Promise<ClassRecord> {
      const { state, revision } = await readClass(store, classStreamId(classId));
      if (state === null || !actsFor(caller, state.providerId)) throw classNotFound(classId);
      return { filed: state, revision };
    },
    list: (providerId: string) => classes.ofProvider(providerId),
  };
}

export type ClassCommands = ReturnType<typeof classCommands>;
