import { waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTopics, KAFKA_CLIENTS, whileRetriable } from '../../src/index.ts';
import { type ContractClient, contractClient } from './contract-client.ts';

const values = (n: number, partition = 0) => Array.from({ length: n }, (_, i) => ({ value: `m${i}`, partition }));

const count = (received: readonly unknown[], n: number) =>
  waitUntil(
    () => received.length,
    (seen) => seen >= n,
    { timeoutMs: 30_000, what: `${n} messages` },
  );

describe.each(KAFKA_CLIENTS)('messaging contract, %s: offsets and admin', (name) => {
  let client: ContractClient;

  beforeAll(async () => {
    client = contractClient(name);
    await client.setUp();
  });
  afterAll(() => client.tearDown());

  it('redelivers what a stopped member never committed, and nothing it committed', async () => {
    const topic = await client.topic('redeliver', 1);
    await client.produce(topic, values(10));
    const uncommitted = client.group('uncommitted');
    const first = await client.record(uncommitted, topic);
    await count(first.received, 10);
    await first.consumer.stop();
    const again = await client.record(uncommitted, topic);
    await count(again.received, 10);
    expect(again.received.map((r) => r.message.offset)).toEqual(first.received.map((r) => r.message.offset));

    const committing = client.group('committing');
    const once = await client.record(committing, topic, 100);
    await count(once.received, 10);
    await once.consumer.stop();
    await client.produce(topic, [{ value: 'after', partition: 0 }]);
    const next = await client.record(committing, topic, 100);
    await count(next.received, 1);
    expect(next.received.map((r) => String(r.message.value))).toEqual(['after']);
  });

  it('seeks a member back to an offset it read past, and commits it there', async () => {
    const topic = await client.topic('seek', 1);
    await client.produce(topic, values(6));
    const groupId = client.group('seek');
    const { received, consumer } = await client.record(groupId, topic);
    await count(received, 6);
    await consumer.seek({ topic, partition: 0, offset: '2' });
    await count(received, 10);
    expect(received.map((r) => r.message.offset)).toEqual(['0', '1', '2', '3', '4', '5', '2', '3', '4', '5']);
    const [committed] = await client.admin.fetchOffsets({ groupId, topics: [topic] });
    expect(committed?.partitions).toEqual([{ partition: 0, offset: '2' }]);
  });

  it('commits offsets by hand, reads them back per group, moves them, and deletes the group', async () => {
    const topic = await client.topic('offsets', 2);
    await client.produce(topic, [...values(3, 0), ...values(5, 1)]);
    const groupId = client.group('offsets');
    const { received, consumer } = await client.record(groupId, topic);
    await count(received, 8);
    await consumer.commitOffsets([
      { topic, partition: 0, offset: '3' },
      { topic, partition: 1, offset: '2' },
    ]);
    await consumer.stop();
    const committed = async () => (await client.admin.fetchOffsets({ groupId, topics: [topic] }))[0]?.partitions;
    expect(await committed()).toEqual(
      expect.arrayContaining([
        { partition: 0, offset: '3' },
        { partition: 1, offset: '2' },
      ]),
    );
    await client.admin.setOffsets({ groupId, topic, partitions: [{ partition: 1, offset: '4' }] });
    expect(await committed()).toEqual(expect.arrayContaining([{ partition: 1, offset: '4' }]));
    const resumed = await client.record(groupId, topic);
    await count(resumed.received, 1);
    expect(resumed.received.map((r) => [r.partition, r.message.offset])).toEqual([[1, '4']]);
    await resumed.consumer.stop();
    expect(await client.admin.listGroups()).toContain(groupId);
    const [described] = await client.admin.describeGroups([groupId]);
    expect(described).toMatchObject({ groupId, members: 0 });
    await client.admin.deleteGroups([groupId]);
    expect(await client.admin.listGroups()).not.toContain(groupId);
  });

  it('creates topics with their partitions and settings, reports their watermarks and leaders', async () => {
    const topic = await client.topic('admin', 3);
    expect(await client.admin.listTopics()).toContain(topic);
    expect(await ensureTopics(client.admin, [topic])).toEqual([]);
    const [leaders] = await client.admin.fetchTopicMetadata([topic]);
    expect(leaders?.partitions.map((p) => p.partition).sort()).toEqual([0, 1, 2]);
    expect(leaders?.partitions.every((p) => p.leader >= 0)).toBe(true);
    await client.produce(topic, values(4, 2));
    // A partition's leader may still be settling on a new topic: the adapter marks that answer retriable.
    const watermarks = await whileRetriable(() => client.admin.fetchTopicOffsets(topic), 30_000);
    expect(watermarks.sort((a, b) => a.partition - b.partition)).toEqual([
      { partition: 0, low: '0', high: '0' },
      { partition: 1, low: '0', high: '0' },
      { partition: 2, low: '0', high: '4' },
    ]);
    expect(await client.admin.describeCluster()).toMatchObject({ brokers: expect.any(Number) });
  });
});
