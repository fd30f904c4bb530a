import {
  type EventStore,
  type PostCommitWrites,
  type PostCommitWritesOptions,
  postCommitWrites,
} from '@tianfu/eventstore';
import { bodyIdOf, loadBody } from './body-commands.ts';
import type { BodyDirectory } from './body-directory.ts';
import type { KnownLevels } from './known-levels.ts';
import { sessionIdOf } from './session-access.ts';
import type { SessionIndex } from './session-index.ts';
import { sessionLineWriter } from './session-lines.ts';
import type { SessionStates } from './session-state-cache.ts';

export interface AssessmentReadModelsDeps {
  readonly store: EventStore;
  readonly directory: BodyDirectory;
  readonly known: KnownLevels;
  readonly sessionIndex: SessionIndex;
  /** The sessions as folded in this process: a session's line is written from its current state. */
  readonly states: SessionStates;
}

/**
 * What assessment writes after a commit: the outcome facts (known-levels.ts), the public directory
 * line of a body and the listed line of a session. A failed write never fails the command; the
 * read-model consumer of the assessment topic repeats it (postCommitWrites).
 */
export function assessmentReadModels(
  { store, directory, known, sessionIndex, states }: AssessmentReadModelsDeps,
  logger: PostCommitWritesOptions['logger'],
): PostCommitWrites {
  const refreshBodies = async (bodyIds: ReadonlySet<string>) => {
    await Promise.all([...bodyIds].map(async (bodyId) => directory.refresh(await loadBody(store, bodyId))));
  };
  const writeLine = sessionLineWriter(sessionIndex, states);
  const refreshSessions = async (sessionIds: ReadonlySet<string>) => {
    await Promise.all([...sessionIds].map(writeLine));
  };
  return postCommitWrites({
    logger,
    async write(events) {
      const bodyIds = new Set(events.flatMap((e) => bodyIdOf(e.streamId) ?? []));
      const sessionIds = new Set(events.flatMap((e) => sessionIdOf(e.streamId) ?? []));
      await Promise.all([known.record(events), refreshBodies(bodyIds), refreshSessions(sessionIds)]);
    },
  });
}
