import {
  type EventStore,
  type PostCommitWrites,
  type PostCommitWritesOptions,
  postCommitWrites,
} from '@tianfu/eventstore';
import { bodyIdOf, loadBody } from './body-commands.ts';
import type { BodyDirectory } from './body-directory.ts';
import type { KnownLevels } from './known-levels.ts';

/**
 * What assessment writes after a commit: the outcome facts (known-levels.ts) and the public
 * directory line of a body. A failed write never fails the command; the read-model consumer of the
 * assessment topic repeats it (postCommitWrites).
 */
export function assessmentReadModels(
  store: EventStore,
  directory: BodyDirectory,
  known: KnownLevels,
  logger: PostCommitWritesOptions['logger'],
): PostCommitWrites {
  const refreshBodies = async (bodyIds: ReadonlySet<string>) => {
    await Promise.all([...bodyIds].map(async (bodyId) => directory.refresh(await loadBody(store, bodyId))));
  };
  return postCommitWrites({
    logger,
    async write(events) {
      const bodyIds = new Set(events.flatMap((e) => bodyIdOf(e.streamId) ?? []));
      await Promise.all([known.record(events), refreshBodies(bodyIds)]);
    },
  });
}
