import type { Decider } from '@tianfu/decider';
import { type DomainError, type DomainEvent, foldEvents } from '@tianfu/decider';
import { type EventStore, handleCommand } from '@tianfu/eventstore';
import type { RequestCaller } from '@tianfu/service-kit';
import type { Register } from '../domain/register-once.ts';

export interface Registry<TData> {
  register(id: string, data: TData, caller: RequestCaller): Promise<TData>;
  load(id: string): Promise<TData>;
}

/** Register-once records (examiners, supervisors): one stream each, read by folding it. */
export function registryCommands<TType extends string, TData>(
  store: EventStore,
  decider: Decider<Register<TData>, TData | null, DomainEvent<TType, TData>>,
  streamOf: (id: string) => string,
  notFound: (id: string) => DomainError,
): Registry<TData> {
  return {
    async register(id, data, caller) {
      const result = await handleCommand(store, streamOf(id), decider, { type: 'Register', data }, caller);
      if (result.state === null) throw notFound(id);
      return result.state;
    },
    async load(id) {
      const state = foldEvents(decider, (await store.readStream(streamOf(id))).events);
      if (state === null) throw notFound(id);
      return state;
    },
  };
}
