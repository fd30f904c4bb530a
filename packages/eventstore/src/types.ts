import type { Actor, EventEnvelope, NewEvent } from '@tianfu/contracts';

/**
 * One atomic write to a stream: all its events or none. `revision` counts commits in the stream
 * (1, 2, …); `publishedAt` is null until the outbox relay has put the events on Kafka.
 */
export interface Commit {
  readonly streamId: string;
  readonly revision: number;
  readonly events: readonly EventEnvelope[];
  readonly committedAt: string;
  readonly publishedAt: string | null;
}

export type CommitRef = Pick<Commit, 'streamId' | 'revision'>;

/**
 * The stream's last revision as the writer read it (0 for a new stream), or 'any'. A number past
 * the head is a caller's bug: the in-memory store rejects it, the MongoDB store cannot afford to.
 */
export type ExpectedRevision = number | 'any';

export interface AppendOptions {
  readonly expectedRevision: ExpectedRevision;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId?: string | null;
}

export interface StreamRead {
  /** The revision of the stream's last commit, 0 when the stream has none. */
  readonly revision: number;
  readonly events: readonly EventEnvelope[];
}

export interface AppendResult {
  readonly revision: number;
  readonly events: readonly EventEnvelope[];
}

export interface EventStore {
  /**
   * The stream's events after revision `after` (0, the default, reads it whole) and its head
   * revision: a caller holding state folded up to `after` reads only what is new.
   */
  readStream(streamId: string, after?: number): Promise<StreamRead>;
  append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /** One commit by its position, or null. */
  readCommit(streamId: string, revision: number): Promise<Commit | null>;
  /**
   * Every unpublished commit, `pageSize` at a time, read as the caller asks for the next page: the
   * relay's sweep. Each page is in commit order (each stream by revision); a stream's later commit
   * may come in an earlier page than its predecessor, so the caller checks predecessors itself.
   */
  unpublishedPages(pageSize: number): AsyncIterable<Commit[]>;
  /** Up to `limit` unpublished commits, oldest first (each stream by revision). */
  unpublished(limit: number): Promise<Commit[]>;
  markPublished(commits: readonly CommitRef[]): Promise<void>;
  /** Called with each commit appended in this process: the relay publishes it without a scan. */
  onAppend(listener: (commit: Commit) => void): () => void;
}

/** The latest schema version of each event type the store is written with: an event registry. */
export interface SchemaVersions {
  latestVersion(type: string): number;
}

/**
 * Time and ids come in from outside so stores and tests stay deterministic; the schema versions so
 * an event is stored with its type's latest version unless the writer names one.
 */
export interface StoreDeps {
  readonly clock: () => Date;
  readonly newId: () => string;
  readonly schemaVersions: SchemaVersions;
}
