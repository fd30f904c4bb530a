import { type KafkaClient, toKafkaMessage } from '@tianfu/messaging';
import type { PopulationEvent, TopicKey } from './population-reference.ts';

type Message = ReturnType<typeof toKafkaMessage>;

/** The bench's own topic for each service topic. */
export type BenchTopics = Readonly<Record<TopicKey, string>>;

const BATCH = 2_000;
const IN_FLIGHT = 4;

/**
 * Produces the events as the services' outboxes would (key: the workerId, else the stream; the
 * Java-compatible partitioner), in sends of 2,000 messages with four in flight.
 */
export async function producePopulation(
  kafka: KafkaClient,
  topics: BenchTopics,
  events: Iterable<PopulationEvent>,
  onProgress: (produced: number) => void,
): Promise<number> {
  const producer = kafka.producer();
  await producer.connect();
  const inFlight = new Set<Promise<void>>();
  let buffered = new Map<string, Message[]>();
  let size = 0;
  let produced = 0;
  const send = async () => {
    const topicMessages = [...buffered];
    const count = size;
    buffered = new Map();
    size = 0;
    const sent = Promise.all(topicMessages.map(([topic, messages]) => producer.send(topic, messages))).then(() => {
      inFlight.delete(sent);
      produced += count;
      onProgress(produced);
    });
    inFlight.add(sent);
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  };
  try {
    for (const { topic, event } of events) {
      const name = topics[topic];
      const list = buffered.get(name) ?? [];
      list.push(toKafkaMessage(event));
      buffered.set(name, list);
      size += 1;
      if (size >= BATCH) await send();
    }
    if (size > 0) await send();
    await Promise.all(inFlight);
  } finally {
    await producer.disconnect();
  }
  return produced;
}
