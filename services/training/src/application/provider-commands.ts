import { chinaDate, type ProviderRegisteredData } from '@tianfu/contracts';
import { type EventStore, handleCommand, type PostCommitWrites } from '@tianfu/eventstore';
import type { RequestCaller } from '@tianfu/service-kit';
import {
  type ChangeProviderStatus,
  existingProvider,
  type Grading,
  type Provider,
  type ProviderCommand,
  trainingProvider,
} from '../domain/provider.ts';
import { type CataloguePort, standingsOf } from './catalogue-port.ts';
import type { ProviderDirectory } from './provider-directory.ts';
import { providerStreamId, readProvider } from './training-streams.ts';

export interface ProviderCommandsDeps {
  readonly store: EventStore;
  readonly directory: ProviderDirectory;
  readonly readModels: Pick<PostCommitWrites, 'afterCommit'>;
  readonly catalogue: CataloguePort;
  readonly clock: () => Date;
}

export type RegisterProviderInput = Omit<ProviderRegisteredData, 'registeredAt'>;
export type GradeInput = Omit<Grading, 'recordedAt'>;

export interface ProviderRecord {
  readonly provider: Provider;
  readonly revision: number;
}

/** The training office's commands on the provider register (docs/domain.md §7.1). */
export function providerCommands({ store, directory, readModels, catalogue, clock }: ProviderCommandsDeps) {
  const now = () => clock().toISOString();
  const run = async (providerId: string, command: ProviderCommand, caller: RequestCaller): Promise<ProviderRecord> => {
    const result = await handleCommand(store, providerStreamId(providerId), trainingProvider, command, caller);
    const provider = existingProvider(result.state, providerId);
    await readModels.afterCommit(result.events, () => directory.put(provider, result.revision));
    return { provider, revision: result.revision };
  };

  return {
    /** Each item is judged by the catalogue this instance holds, on the registration day. */
    register(input: RegisterProviderInput, caller: RequestCaller) {
      const registeredAt = now();
      const standings = standingsOf(catalogue, input.items, chinaDate(registeredAt));
      return run(input.providerId, { type: 'RegisterProvider', data: { ...input, registeredAt }, standings }, caller);
    },
    grade(providerId: string, input: GradeInput, caller: RequestCaller) {
      return run(providerId, { type: 'GradeProvider', data: { ...input, providerId, recordedAt: now() } }, caller);
    },
    changeStatus(providerId: string, type: ChangeProviderStatus['type'], reason: string, caller: RequestCaller) {
      return run(providerId, { type, data: { providerId, reason, at: now() } }, caller);
    },
    /** Folded from the stream, so a provider reads its own write at once. */
    async load(providerId: string): Promise<ProviderRecord> {
      const { state, revision } = await readProvider(store, providerStreamId(providerId));
      return { provider: existingProvider(state, providerId), revision };
    },
  };
}

export type ProviderCommands = ReturnType<typeof providerCommands>;
