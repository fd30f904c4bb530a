import type { KafkaClient } from '@tianfu/messaging';
import { describe, expect, it } from 'vitest';
import { replicaGroups } from '../src/application/rebuild/replica-groups.ts';

/** A broker whose group coordinator is still loading for the first `loading` offset reads (GROUP_LOAD_IN_PROGRESS). */
function startingBroker(loading: number) {
  let reads = 0;
  const admin = {
    connect: async () => {},
    disconnect: async () => {},
    fetchOffsets: async () => {
      reads += 1;
      if (reads <= loading)
        throw Object.assign(new Error('The coordinator is loading'), {
          retriable: true,
          type: 'GROUP_LOAD_IN_PROGRESS',
        });
      return [{ topic: 't', partitions: [{ partition: 0, offset: '5' }] }];
    },
  };
  return { kafka: { admin: () => admin } as unknown as KafkaClient, reads: () => reads };
}

describe('claiming a replica group (replica-groups.ts)', () => {
  it('given a broker still loading its group coordinator, then the claim waits it out instead of failing the start', async () => {
    const broker = startingBroker(3);
    await replicaGroups(
      broker.kafka,
      (set) => `career-projection-${set}`,
      'a',
      ['t'],
      () => 1,
    ).claim('v1');
    // Three refusals, then the group's own committed offsets: it had committed, so nothing more to do.
    expect(broker.reads()).toBe(4);
  });

  it('given a broker that keeps refusing, then the claim gives up with the broker’s error', async () => {
    const broker = startingBroker(Number.POSITIVE_INFINITY);
    await expect(
      replicaGroups(
        broker.kafka,
        (set) => `career-projection-${set}`,
        'a',
        ['t'],
        () => 1,
      ).claim('v1'),
    ).rejects.toMatchObject({ type: 'GROUP_LOAD_IN_PROGRESS' });
    expect(broker.reads()).toBe(12);
  });
});
