export type { CommandContext, CommandResult, HandleOptions, StreamState } from './command-handler.ts';
export { handleCommand } from './command-handler.ts';
export { isDuplicateKeyError, onlyDuplicateKeys } from './duplicate-key.ts';
export type { ConcurrencyError } from './errors.ts';
export { concurrencyError, isConcurrencyError } from './errors.ts';
export type { FoldedStreams } from './folded-streams.ts';
export { foldedStreams } from './folded-streams.ts';
export { InMemoryEventStore } from './in-memory-store.ts';
export type { ListedDocument, ListingCollection } from './listing-collection.ts';
export { givenFilter, listingCollection } from './listing-collection.ts';
export { MongoEventStore } from './mongo-store.ts';
export type { PostCommitWrites, PostCommitWritesOptions } from './post-commit-writes.ts';
export { postCommitWrites } from './post-commit-writes.ts';
export type { Lease, MongoLeaseOptions } from './relay/lease.ts';
export { MongoLease, soleLease } from './relay/lease.ts';
export { OutboxRelay } from './relay/outbox-relay.ts';
export type { EventPublisher, OutboxRelayOptions, RelayLogger } from './relay/relay-options.ts';
export type {
  AppendOptions,
  AppendResult,
  Commit,
  EventStore,
  ExpectedRevision,
  SchemaVersions,
  StoreDeps,
  StreamRead,
} from './types.ts';
export type { EventContracts } from './upcasting-store.ts';
export { readingLatest, upcastingStore } from './upcasting-store.ts';
