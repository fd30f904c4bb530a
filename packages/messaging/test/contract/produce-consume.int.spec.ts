import { waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KAFKA_CLIENTS } from '../../src/index.ts';
import { type ContractClient, contractClient, type Received } from './contract-client.ts';

const KEYS = 8;
const PER_KEY = 25;
const keyed = () =>
  Array.from({ length: KEYS * PER_KEY }, (_, i) => ({
    key: `worker-${i % KEYS}`,
    value: JSON.stringify({ seq: Math.floor(i / KEYS) }),
    headers: { type: 'contract.Step', eventId: `e-${i}` },
  }));

const seqsByKey = (received: readonly Received[]) => {
  const byKey = new Map<string, number[]>();
  for (const { message } of received) {
    const key = String(message.key);
    byKey.set(key, [...(byKey.get(key) ?? []), JSON.parse(String(message.value)).seq]);
  }
  return byKey;
};

const all = (received: readonly Received[], count: number) =>
  waitUntil(
    () => received.length,
    (n) => n >= count,
    { timeoutMs: 30_000, what: `${count} messages` },
  );

describe.each(KAFKA_CLIENTS)('messaging contract, %s: produce and consume', (name) => {
  let client: ContractClient;
  let reference: ContractClient;

  beforeAll(async () => {
    client = contractClient(name);
    reference = contractClient('kafkajs');
    await Promise.all([client.setUp(), reference.setUp()]);
  });
  afterAll(async () => {
    await client.tearDown();
    await reference.tearDown();
  });

  it('delivers every message once, in order per key, with its key, headers and a timestamp', async () => {
    const topic = await client.topic('order');
    const before = Date.now();
    await client.produce(topic, keyed());
    const { received } = await client.record(client.group('order'), topic);
    await all(received, KEYS * PER_KEY);
    const sequences = seqsByKey(received);
    expect(sequences.size).toBe(KEYS);
    for (const seqs of sequences.values()) expect(seqs).toEqual(Array.from({ length: PER_KEY }, (_, i) => i));
    const first = received.find((r) => r.message.headers.eventId === 'e-0');
    expect(first?.message.headers).toEqual({ type: 'contract.Step', eventId: 'e-0' });
    expect(Number(first?.message.timestamp)).toBeGreaterThanOrEqual(before - 60_000);
  });

  it('puts a key on the partition the Java client (and every other adapter) puts it on', async () => {
    const [mine, theirs] = [await client.topic('keys', 6), await reference.topic('keys', 6)];
    const messages = Array.from({ length: 40 }, (_, i) => ({ key: `worker-${i * 7919}`, value: '{}' }));
    await client.produce(mine, messages);
    await reference.produce(theirs, messages);
    const [a, b] = [
      await client.record(client.group('keys'), mine),
      await reference.record(reference.group('keys'), theirs),
    ];
    await all(a.received, 40);
    await all(b.received, 40);
    const placement = (received: readonly Received[]) =>
      Object.fromEntries(received.map((r) => [String(r.message.key), r.partition]));
    expect(placement(a.received)).toEqual(placement(b.received));
  });

  it('keeps order and writes each message once when sends of one producer overlap', async () => {
    const topic = await client.topic('overlap', 1);
    const producer = client.kafka.producer();
    await producer.connect();
    const sends = Array.from({ length: 10 }, (_, batch) =>
      producer.send(
        topic,
        Array.from({ length: 20 }, (_, i) => ({ key: 'one-key', value: JSON.stringify({ seq: batch * 20 + i }) })),
      ),
    );
    await Promise.all(sends);
    await producer.disconnect();
    const { received } = await client.record(client.group('overlap'), topic);
    await all(received, 200);
    // The sends were started in order: one key's messages land in that order, none twice.
    expect(seqsByKey(received).get('one-key')).toEqual(Array.from({ length: 200 }, (_, i) => i));
  });

  it('holds a paused partition back until it is resumed', async () => {
    const topic = await client.topic('pause', 2);
    await client.produce(topic, [
      { key: 'a', value: '{"seq":0}', partition: 0 },
      { key: 'b', value: '{"seq":0}', partition: 1 },
    ]);
    const { received, consumer } = await client.record(client.group('pause'), topic);
    consumer.pause([{ topic, partitions: [1] }]);
    await client.produce(topic, [
      { key: 'a', value: '{"seq":1}', partition: 0 },
      { key: 'b', value: '{"seq":1}', partition: 1 },
    ]);
    await waitUntil(
      () => received.filter((r) => r.partition === 0).length,
      (n) => n >= 2,
      { what: 'partition 0' },
    );
    const heldBack = received.filter((r) => r.partition === 1).length;
    consumer.resume([{ topic, partitions: [1] }]);
    await all(received, 4);
    expect(heldBack).toBeLessThan(2);
    expect(received.filter((r) => r.partition === 1).map((r) => JSON.parse(String(r.message.value)).seq)).toEqual([
      0, 1,
    ]);
  });
});
