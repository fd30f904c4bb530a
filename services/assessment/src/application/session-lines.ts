import type { PostCommitWrites } from '@tianfu/eventstore';
import { sessionIdOf } from './session-access.ts';
import type { SessionIndex } from './session-index.ts';
import type { SessionStates } from './session-state-cache.ts';
import { sessionSummary } from './session-summary.ts';

/** Writes a session's listed line from its current state. */
export const sessionLineWriter =
  (index: SessionIndex, states: SessionStates) =>
  async (sessionId: string): Promise<void> => {
    const { state, revision } = await states.read(sessionId);
    if (state !== null) await index.refresh(sessionSummary(state, revision));
  };

/**
 * Brings the index up to the assessment topic from its start, in a consumer group of its own: the
 * sessions scheduled before the index existed get their lines too. A line already at an event's
 * revision is left alone, so following the topic afterwards costs a lookup in memory per event.
 */
export function sessionIndexCatchUp(
  index: SessionIndex,
  writeLine: (sessionId: string) => Promise<void>,
): Pick<PostCommitWrites, 'repair'> {
  return {
    async repair(events) {
      for (const event of events) {
        const sessionId = sessionIdOf(event.streamId);
        if (sessionId !== null && (await index.revisionOf(sessionId)) < event.revision) await writeLine(sessionId);
      }
    },
  };
}
