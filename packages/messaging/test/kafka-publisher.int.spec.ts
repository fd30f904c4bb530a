import { messageKey } from '@tianfu/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKafkaPublisher,
  EnvelopeHeaders,
  type KafkaAdmin,
  type KafkaClient,
  parseEnvelope,
} from '../src/index.ts';
import { createTestTopic, deleteTestTopics, envelope, header, readMessages, testKafka } from './fixtures.ts';

describe('kafka publisher', () => {
  let kafka: KafkaClient;
  let admin: KafkaAdmin;
  let topic: string;

  beforeAll(async () => {
    kafka = testKafka();
    admin = kafka.admin();
    await admin.connect();
    topic = await createTestTopic(admin, 'publisher');
  });

  afterAll(async () => {
    await deleteTestTopics(admin, [topic]);
    await admin.disconnect();
  });

  it('keys by worker (else stream), carries the envelope whole, and puts its ids in headers', async () => {
    const forWorker = envelope('worker-7', { n: 1 });
    const forStream = { ...envelope('x', { n: 2 }), workerId: null, streamId: 'competition-42' };
    const publisher = createKafkaPublisher({ kafka, topic });
    await publisher.connect();
    await publisher.publish([]);
    await publisher.publish([forWorker, forStream]);
    await publisher.disconnect();

    const messages = await readMessages(kafka, topic, 2);
    const byKey = new Map(messages.map((m) => [m.key?.toString(), m]));
    for (const event of [forWorker, forStream]) {
      const message = byKey.get(messageKey(event));
      if (!message) throw new Error(`no message keyed ${messageKey(event)}`);
      expect(parseEnvelope(message.value)).toEqual({ ok: true, event });
      expect(header(message, EnvelopeHeaders.eventId)).toBe(event.eventId);
      expect(header(message, EnvelopeHeaders.type)).toBe(event.type);
      expect(header(message, EnvelopeHeaders.correlationId)).toBe(event.correlationId);
      expect(header(message, EnvelopeHeaders.schemaVersion)).toBe('1');
    }
  });
});
