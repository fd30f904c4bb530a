import { foldEvents } from '@tianfu/decider';
import {
  type EventStore,
  type PostCommitWrites,
  type PostCommitWritesOptions,
  postCommitWrites,
} from '@tianfu/eventstore';
import { competitionDecider } from '../domain/competition.ts';
import type { CompetitionList } from './competition-list.ts';
import { competitionStreamId } from './competition-streams.ts';

const STREAM_PREFIX = competitionStreamId('');

/**
 * The organisers' list of competitions, written after each commit from the stream as stored; a
 * failed write never fails the command, since the read-model consumer of the competition topic
 * repeats it (postCommitWrites).
 */
export function competitionReadModels(
  store: EventStore,
  list: CompetitionList,
  logger: PostCommitWritesOptions['logger'],
): PostCommitWrites {
  const projectStream = async (streamId: string) => {
    const stream = await store.readStream(streamId);
    const competition = foldEvents(competitionDecider, stream.events);
    if (competition !== null) await list.put(competition, stream.revision);
  };
  return postCommitWrites({
    logger,
    async write(events) {
      const streams = new Set(events.map((e) => e.streamId).filter((id) => id.startsWith(STREAM_PREFIX)));
      await Promise.all([...streams].map(projectStream));
    },
  });
}
