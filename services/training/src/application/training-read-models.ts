import {
  type EventStore,
  type PostCommitWrites,
  type PostCommitWritesOptions,
  postCommitWrites,
} from '@tianfu/eventstore';
import type { ApprenticeshipList } from './apprenticeship-list.ts';
import { isApprenticeshipStream, readApprenticeship } from './apprenticeship-streams.ts';
import type { ClassList } from './class-list.ts';
import type { ProviderDirectory } from './provider-directory.ts';
import { isClassStream, isProviderStream, readClass, readProvider } from './training-streams.ts';

/**
 * The provider directory and the class and apprenticeship lists, written after each commit from the stream as stored;
 * a failed write never fails the command, since the read-model consumer of the training topic
 * repeats it (postCommitWrites).
 */
export function trainingReadModels(
  store: EventStore,
  directory: ProviderDirectory,
  classes: ClassList,
  apprenticeships: ApprenticeshipList,
  logger: PostCommitWritesOptions['logger'],
): PostCommitWrites {
  const project = async (streamId: string) => {
    if (isProviderStream(streamId)) {
      const { state, revision } = await readProvider(store, streamId);
      if (state !== null) await directory.put(state, revision);
    } else if (isClassStream(streamId)) {
      const { state, revision } = await readClass(store, streamId);
      if (state !== null) await classes.put(state, revision);
    } else if (isApprenticeshipStream(streamId)) {
      const { state, revision } = await readApprenticeship(store, streamId);
      if (state !== null) await apprenticeships.put(state, revision);
    }
  };
  return postCommitWrites({
    logger,
    async write(events) {
      await Promise.all([...new Set(events.map((e) => e.streamId))].map(project));
    },
  });
}
