import { randomUUID } from 'node:crypto';
import { catalogueEvents, createEventRegistry } from '@tianfu/contracts';
import {
  type ConsumedMessage,
  eachMessage,
  type KafkaClient,
  type MessagingLogger,
  parseEnvelope,
  whileRetriable,
} from '@tianfu/messaging';
import type { CatalogueEvent } from './catalogue-event.ts';
import { type CatalogueState, emptyCatalogue } from './catalogue-state.ts';
import { evolveCatalogue } from './evolve-catalogue.ts';

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

export async function followCatalogue(options: FollowCatalogueOptions): Promise<CatalogueFollower> {
  const { kafka, topic, logger } = options;
  const groupId = options.groupId ?? `catalogue-view-${randomUUID()}`;
  let state = emptyCatalogue();
  const ends = await topicEnds(kafka, topic);
  // The next offset to apply per partition: a message delivered again (after a rebalance) is skipped.
  const next = new Map<number, number>();
  let reached: () => void = () => {};
  const caughtUp = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const check = () => {
    if ([...ends].every(([partition, end]) => (next.get(partition) ?? 0) >= end)) reached();
  };
  const apply = (partition: number, message: ConsumedMessage) => {
    const offset = Number(message.offset);
    if (offset < (next.get(partition) ?? 0)) return;
    next.set(partition, offset + 1);
    const parsed = parseEnvelope(message.value);
    try {
      if (!parsed.ok) throw parsed.error;
      const event = registry.parse(parsed.event);
      state = evolveCatalogue(state, { type: event.type, data: event.data } as CatalogueEvent);
    } catch (error) {
      logger.error({ topic, partition, offset, err: error }, 'a catalogue event could not be read; skipped');
    }
  };
  check();
  const consumer = await kafka.consume({
    groupId,
    topics: [topic],
    fromBeginning: true,
    maxWaitTimeMs: 250,
    autoCommitIntervalMs: false,
    eachBatch: eachMessage((_, partition, message) => {
      apply(partition, message);
      check();
    }),
  });
  return {
    current: () => state,
    caughtUp,
    stop: () => consumer.stop(),
  };
}
