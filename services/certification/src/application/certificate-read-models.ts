import { foldEvents } from '@tianfu/decider';
import {
  type EventStore,
  type PostCommitWrites,
  type PostCommitWritesOptions,
  postCommitWrites,
} from '@tianfu/eventstore';
import { certificateDecider } from '../domain/certificate.ts';
import { certificateStreamId } from './certificate-issuer.ts';
import type { ProjectCertificate } from './certificate-projection.ts';

const STREAM_PREFIX = certificateStreamId('');

/**
 * The verification records and status lists, written after each certificate commit; a failed
 * write never fails the command that committed, since the read-model consumer of the certification
 * topic projects the certificate again from its stream (postCommitWrites).
 */
export function certificateReadModels(
  store: EventStore,
  project: ProjectCertificate,
  logger: PostCommitWritesOptions['logger'],
): PostCommitWrites {
  const projectStream = async (streamId: string) => {
    const stream = await store.readStream(streamId);
    const certificate = foldEvents(certificateDecider, stream.events);
    if (certificate !== null) await project(certificate, stream.revision);
  };
  return postCommitWrites({
    logger,
    async write(events) {
      const streams = new Set(events.map((e) => e.streamId).filter((id) => id.startsWith(STREAM_PREFIX)));
      await Promise.all([...streams].map(projectStream));
    },
  });
}
