import type { EventEnvelope } from '@tianfu/contracts';
import { foldEvents } from '@tianfu/decider';
import {
  type EventStore,
  type PostCommitWrites,
  type PostCommitWritesOptions,
  postCommitWrites,
} from '@tianfu/eventstore';
import { appointmentDecider } from '../domain/appointment.ts';
import { baseDecider } from '../domain/base.ts';
import { honourGrantDecider } from '../domain/honour-grant.ts';
import type { TalentListings } from './talent-listings.ts';
import { talentStreams } from './talent-streams.ts';

type Project = (events: readonly EventEnvelope[], revision: number) => Promise<void>;

/** Which list a stream's state goes to, by the stream's prefix. */
function projections(listings: TalentListings): ReadonlyArray<readonly [string, Project]> {
  return [
    [
      talentStreams.grant(''),
      async (events, revision) => {
        const grant = foldEvents(honourGrantDecider, events);
        if (grant !== null) await listings.putGrant(grant, revision);
      },
    ],
    [
      talentStreams.appointment(''),
      async (events, revision) => {
        const appointment = foldEvents(appointmentDecider, events);
        if (appointment !== null) await listings.putAppointment(appointment, revision);
      },
    ],
    [
      talentStreams.base(''),
      async (events, revision) => {
        const base = foldEvents(baseDecider, events);
        if (base !== null) await listings.putBase(base, revision);
      },
    ],
  ];
}

/**
 * The talent office's lists, written after each commit from the stream as stored; a failed write
 * never fails the command, since the read-model consumer of the talent topic repeats it
 * (postCommitWrites).
 */
export function talentReadModels(
  store: EventStore,
  listings: TalentListings,
  logger: PostCommitWritesOptions['logger'],
): PostCommitWrites {
  const byPrefix = projections(listings);
  const projectStream = async (streamId: string) => {
    const project = byPrefix.find(([prefix]) => streamId.startsWith(prefix))?.[1];
    if (project === undefined) return;
    const stream = await store.readStream(streamId);
    await project(stream.events, stream.revision);
  };
  return postCommitWrites({
    logger,
    async write(events) {
      await Promise.all([...new Set(events.map((e) => e.streamId))].map(projectStream));
    },
  });
}
