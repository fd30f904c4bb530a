import { foldEvents } from '@tianfu/decider';
import type { EventStore } from '@tianfu/eventstore';
import { type ApprenticeshipState, apprenticeship } from '../domain/apprenticeship.ts';

const PREFIX = 'apprenticeship-';

export const apprenticeshipStreamId = (apprenticeshipId: string): string => `${PREFIX}${apprenticeshipId}`;
export const isApprenticeshipStream = (streamId: string): boolean => streamId.startsWith(PREFIX);

/** An apprenticeship's stream folded, with the revision it stands at. */
export async function readApprenticeship(store: EventStore, streamId: string) {
  const stream = await store.readStream(streamId);
  return { revision: stream.revision, state: foldEvents(apprenticeship, stream.events) as ApprenticeshipState };
}
