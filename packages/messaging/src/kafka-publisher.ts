import type { EventEnvelope } from '@tianfu/contracts';
import { toKafkaMessage } from './envelope-codec.ts';
import { chunkMessages } from './message-chunks.ts';
import type { KafkaClient } from './port/kafka-client.ts';

/** What the event store's outbox relay needs: publish a stream's events, in order, durably. */
export interface EventPublisher {
  publish(events: readonly EventEnvelope[]): Promise<void>;
}

export interface KafkaPublisher extends EventPublisher {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
}

export interface KafkaPublisherOptions {
  readonly kafka: KafkaClient;
  readonly topic: string;
  /** Per-request broker timeout; the relay retries a failed publish, so a bound keeps it moving. */
  readonly timeoutMs?: number;
}

function* encoded(events: readonly EventEnvelope[]) {
  for (const event of events) yield toKafkaMessage(event);
}

export function createKafkaPublisher({ kafka, topic, timeoutMs = 30_000 }: KafkaPublisherOptions): KafkaPublisher {
  // Few, short retries: the relay backs off and retries on its own, and must not sit for a minute
  // inside one send while the broker is away.
  const producer = kafka.producer({ retry: { retries: 3, initialRetryTimeMs: 200, maxRetryTimeMs: 2_000 } });
  // The relay may start while Kafka is down: connect on first use, and again after a failure.
  let connected: Promise<void> | undefined;
  const connect = () => {
    connected ??= producer.connect().catch((error: unknown) => {
      connected = undefined;
      throw error;
    });
    return connected;
  };
  return {
    connect,
    async disconnect() {
      connected = undefined;
      await producer.disconnect();
    },
    async publish(events) {
      if (events.length === 0) return;
      await connect();
      // In order, one bounded send after another: a large commit (a 10,000-row sheet) stays under the broker's limit.
      for (const messages of chunkMessages(encoded(events))) {
        await producer.send(topic, messages, { timeoutMs });
      }
    },
  };
}
