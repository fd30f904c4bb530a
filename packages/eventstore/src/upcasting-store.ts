import type { EventEnvelope } from '@tianfu/contracts';
import type { EventStore, SchemaVersions } from './types.ts';

/**
 * The store as a service reads it: every event lifted to its type's latest schema version on
 * read (docs/architecture.md "Events": upcast on read, never rewritten). `lift` should return an
 * event already at its latest version untouched, so the common case costs nothing.
 */
export function upcastingStore(store: EventStore, lift: (event: EventEnvelope) => EventEnvelope): EventStore {
  return {
    readStream: async (streamId, after) => {
      const read = await store.readStream(streamId, after);
      return { revision: read.revision, events: read.events.map(lift) };
    },
    readCommit: async (streamId, revision) => {
      const commit = await store.readCommit(streamId, revision);
      return commit && { ...commit, events: commit.events.map(lift) };
    },
    append: (streamId, events, options) => store.append(streamId, events, options),
    unpublishedPages: (pageSize) => store.unpublishedPages(pageSize),
    unpublished: (limit) => store.unpublished(limit),
    markPublished: (commits) => store.markPublished(commits),
    onAppend: (listener) => store.onAppend(listener),
  };
}

/** What reading at the latest version needs of an event registry. */
export interface EventContracts extends SchemaVersions {
  parse(envelope: EventEnvelope): EventEnvelope;
}

/** The store as deciders read it: only an event stored under an older schema version is parsed and upcast. */
export const readingLatest = (store: EventStore, contracts: EventContracts): EventStore =>
  upcastingStore(store, (event) =>
    contracts.latestVersion(event.type) === event.schemaVersion ? event : contracts.parse(event),
  );
