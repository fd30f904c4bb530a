import { foldEvents } from '@tianfu/decider';
import type { EventStore } from '@tianfu/eventstore';
import { type ProviderState, trainingProvider } from '../domain/provider.ts';
import { type ClassState, trainingClass } from '../domain/training-class.ts';

const PROVIDER_PREFIX = 'provider-';
const CLASS_PREFIX = 'class-';

export const providerStreamId = (providerId: string): string => `${PROVIDER_PREFIX}${providerId}`;
export const classStreamId = (classId: string): string => `${CLASS_PREFIX}${classId}`;

export const isProviderStream = (streamId: string): boolean => streamId.startsWith(PROVIDER_PREFIX);
export const isClassStream = (streamId: string): boolean => streamId.startsWith(CLASS_PREFIX);

/** A provider's stream folded, with the revision it stands at. */
export async function readProvider(store: EventStore, streamId: string) {
  const stream = await store.readStream(streamId);
  return { revision: stream.revision, state: foldEvents(trainingProvider, stream.events) as ProviderState };
}

/** A class's stream folded, with the revision it stands at. */
export async function readClass(store: EventStore, streamId: string) {
  const stream = await store.readStream(streamId);
  return { revision: stream.revision, state: foldEvents(trainingClass, stream.events) as ClassState };
}
