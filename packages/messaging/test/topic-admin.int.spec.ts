import { uniqueName } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTopics } from '../src/index.ts';
import { testKafka } from './fixtures.ts';

const kafka = testKafka();
const admin = kafka.admin();
const topics = [uniqueName('ensure_a'), uniqueName('ensure_b'), uniqueName('ensure_c')];

beforeAll(() => admin.connect());
afterAll(async () => {
  await admin.deleteTopics({ topics });
  await admin.disconnect();
});

describe('ensureTopics', () => {
  it('returns once every partition of every new topic has a leader, and a second call creates nothing', async () => {
    expect(await ensureTopics(admin, topics, { partitions: 6, retentionMs: -1 })).toEqual(topics);
    const found = await admin.fetchTopicMetadata(topics);
    expect(found.map((t) => t.partitions.filter((p) => p.leader >= 0).length)).toEqual([6, 6, 6]);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send(topics[2] as string, [{ value: 'at once' }]);
    await producer.disconnect();
    expect(await ensureTopics(admin, topics, { partitions: 6, retentionMs: -1 })).toEqual([]);
  });
});
