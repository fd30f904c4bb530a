import { randomUUID } from 'node:crypto';
import { catalogueEvents, createEventRegistry } from '@tianfu/contracts';
import {
  type ConsumedMessage,
  groupMembership,
  type KafkaClient,
  type MessagingLogger,
  parseEnvelope,
  whileRetriable,
} from '@tianfu/messaging';
import type { CatalogueEvent } from './catalogue-event.ts';
import { type CatalogueState, emptyCatalogue } from './catalogue-state.ts';
import { foldCatalogue } from './evolve-catalogue.ts';

const registry = createEventRegistry(catalogueEvents);

export interface FollowCatalogueOptions {
  readonly kafka: KafkaClient;
  /** tianfu.catalogue.events, with the deployment's prefix. */
  readonly topic: string;
  readonly logger: MessagingLogger;
  /** A group of this holder's own; each holder reads every partition from offset 0. */
  readonly groupId?: string;
}

/** A catalogue held in memory, rebuilt from the topic at start and kept current from it. */
export interface CatalogueFollower {
  current(): CatalogueState;
  /** Settles once every event on the topic when following began is applied. */
  readonly caughtUp: Promise<void>;
  /** Whether its consumer is in its group, so events published from now on reach it. */
  inGroup(): boolean;
  stop(): Promise<void>;
}

/** Each partition's end when following began; caught up once every one is read to it. */
async function topicEnds(kafka: KafkaClient, topic: string): Promise<Map<number, number>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    // A topic created a moment ago may still be electing its leaders.
    const offsets = await whileRetriable(() => admin.fetchTopicOffsets(topic), 30_000);
    return new Map(offsets.map(({ partition, high }) => [partition, Number(high)]));
  } finally {
    await admin.disconnect();
  }
}

/**
 * The events of a partition's messages not applied yet, in order, moving `next` past them: a
 * message delivered again (after a rebalance) is skipped, one that cannot be read is logged and skipped.
 */
function unread(
  next: Map<number, number>,
  partition: number,
  messages: readonly ConsumedMessage[],
  skipped: (offset: number, error: unknown) => void,
): CatalogueEvent[] {
  return messages.flatMap((message) => {
    const offset = Number(message.offset);
    if (offset < (next.get(partition) ?? 0)) return [];
    next.set(partition, offset + 1);
    const parsed = parseEnvelope(message.value);
    try {
      if (!parsed.ok) throw parsed.error;
      const event = registry.parse(parsed.event);
      return [{ type: event.type, data: event.data } as CatalogueEvent];
    } catch (error) {
      skipped(offset, error);
      return [];
    }
  });
}

export async function followCatalogue(options: FollowCatalogueOptions): Promise<CatalogueFollower> {
  const { kafka, topic, logger } = options;
  const groupId = options.groupId ?? `catalogue-view-${randomUUID()}`;
  let state = emptyCatalogue();
  const ends = await topicEnds(kafka, topic);
  // The next offset to apply per partition.
  const next = new Map<number, number>();
  let reached: () => void = () => {};
  const caughtUp = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const check = () => {
    if ([...ends].every(([partition, end]) => (next.get(partition) ?? 0) >= end)) reached();
  };
  check();
  const membership = groupMembership(groupId, logger);
  const consumer = await kafka.consume({
    groupId,
    topics: [topic],
    fromBeginning: true,
    maxWaitTimeMs: 250,
    autoCommitIntervalMs: false,
    // A batch is folded at once: an import of thousands of events copies the catalogue's maps once.
    eachBatch: async (batch) => {
      const skipped = (offset: number, err: unknown) =>
        logger.error(
          { topic, partition: batch.partition, offset, err },
          'a catalogue event could not be read; skipped',
        );
      state = foldCatalogue(state, unread(next, batch.partition, batch.messages, skipped));
      batch.resolveOffset(batch.lastOffset);
      check();
    },
    ...membership.listeners,
  });
  return {
    current: () => state,
    caughtUp,
    inGroup: membership.inGroup,
    stop: () => consumer.stop(),
  };
}
