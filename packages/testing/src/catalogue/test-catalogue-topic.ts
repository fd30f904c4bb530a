import { type CatalogueEvent, type CatalogueFollower, followCatalogue } from '@tianfu/catalogue-view';
import type { EventEnvelope } from '@tianfu/contracts';
import { createKafkaPublisher, kafkaClient } from '@tianfu/messaging';
import { createTestTopic, testBrokers } from '../kafka-test-topics.ts';
import { testEnvelope } from '../test-envelope.ts';
import { testCatalogueEvents } from './test-catalogue.ts';

const silent = { info: () => {}, warn: () => {}, error: () => {} };

/** Catalogue events as the catalogue service's relay puts them on its topic, from revision `from` of its one stream. */
export function catalogueEnvelopes(events: readonly CatalogueEvent[], from = 1): EventEnvelope[] {
  const at = new Date().toISOString();
  return events.map((event, i) =>
    testEnvelope({ ...event, streamId: 'catalogue', revision: from + i, actorId: 'catalogue-admin', at }),
  );
}

export interface TestCatalogueTopic {
  /** The suite's own catalogue topic, holding the test catalogue. */
  readonly topic: string;
  /** Follows the topic as a service does, caught up with the test catalogue. */
  readonly follower: CatalogueFollower;
  /** Publishes more catalogue events after the test catalogue, as the catalogue service would. */
  publish(...events: readonly CatalogueEvent[]): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The test catalogue on a real topic of the suite's own, and a follower caught up with it: for
 * integration tests of a service that holds the catalogue.
 */
export async function testCatalogueTopic(prefix = 'catalogue'): Promise<TestCatalogueTopic> {
  const topic = await createTestTopic(prefix);
  const kafka = kafkaClient(testBrokers(), `${prefix}-test-catalogue`);
  const publisher = createKafkaPublisher({ kafka, topic, timeoutMs: 5_000 });
  let published = 0;
  const publish = async (...events: readonly CatalogueEvent[]) => {
    await publisher.publish(catalogueEnvelopes(events, published + 1));
    published += events.length;
  };
  await publish(...testCatalogueEvents);
  const follower = await followCatalogue({ kafka, topic, logger: silent });
  await follower.caughtUp;
  return {
    topic,
    follower,
    publish,
    async stop() {
      await follower.stop();
      await publisher.disconnect();
    },
  };
}
