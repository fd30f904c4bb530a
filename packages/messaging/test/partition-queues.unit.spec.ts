import type { Message } from '@platformatic/kafka';
import { describe, expect, it } from 'vitest';
import { PartitionQueues } from '../src/platformatic/partition-queues.ts';
import { deferred } from './fixtures.ts';

const message = (partition: number, offset: number) => ({ topic: 't', partition, offset: BigInt(offset) }) as Message;
const offsets = (messages: Message[]) => messages.map((m) => Number(m.offset));

/** A runner that records each batch and holds it until released. */
function gatedRunner() {
  const batches: Array<{ partition: number; offsets: number[] }> = [];
  const gates: Array<() => void> = [];
  const run = (_topic: string, partition: number, messages: Message[]) => {
    batches.push({ partition, offsets: offsets(messages) });
    const gate = deferred();
    gates.push(gate.resolve);
    return gate.promise;
  };
  const releaseAll = () => {
    for (const release of gates.splice(0)) release();
  };
  return { run, batches, releaseAll };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('partition queues of the @platformatic/kafka adapter', () => {
  it('given messages of two partitions, then one batch per partition runs at a time, each in offset order', async () => {
    const runner = gatedRunner();
    const queues = new PartitionQueues(runner.run, 2, () => undefined);
    for (const [p, o] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [0, 2],
      [1, 1],
    ] as const)
      queues.push(message(p, o));
    expect(runner.batches).toEqual([
      { partition: 0, offsets: [0] },
      { partition: 1, offsets: [0] },
    ]);
    runner.releaseAll();
    await settled();
    expect(runner.batches.slice(2)).toEqual([
      { partition: 0, offsets: [1, 2] },
      { partition: 1, offsets: [1] },
    ]);
  });

  it('given a concurrency of one, then a second partition waits for the first batch to end', async () => {
    const runner = gatedRunner();
    const queues = new PartitionQueues(runner.run, 1, () => undefined);
    queues.push(message(0, 0));
    queues.push(message(1, 0));
    expect(runner.batches).toHaveLength(1);
    runner.releaseAll();
    await settled();
    expect(runner.batches).toEqual([
      { partition: 0, offsets: [0] },
      { partition: 1, offsets: [0] },
    ]);
  });

  it('given the client goes back to an older offset, then what was queued after it is dropped, not doubled', async () => {
    const runner = gatedRunner();
    const queues = new PartitionQueues(runner.run, 1, () => undefined);
    queues.push(message(0, 0));
    for (const o of [1, 2, 3, 2, 3]) queues.push(message(0, o));
    runner.releaseAll();
    await settled();
    expect(runner.batches[1]).toEqual({ partition: 0, offsets: [1, 2, 3] });
  });

  it('given a paused partition, then its messages wait until it is resumed', async () => {
    const runner = gatedRunner();
    const queues = new PartitionQueues(runner.run, 2, () => undefined);
    queues.pause('t', [1]);
    queues.push(message(1, 0));
    queues.push(message(0, 0));
    expect(runner.batches).toEqual([{ partition: 0, offsets: [0] }]);
    queues.resume('t', [1]);
    expect(runner.batches[1]).toEqual({ partition: 1, offsets: [0] });
  });

  it('given more waiting messages than it holds, then the stream is paused, and resumed once they drain', async () => {
    const runner = gatedRunner();
    const flows: boolean[] = [];
    const queues = new PartitionQueues(runner.run, 1, (flowing) => flows.push(flowing));
    for (let o = 0; o <= 5_001; o += 1) queues.push(message(0, o));
    expect(flows).toEqual([false]);
    for (let round = 0; round < 12; round += 1) {
      runner.releaseAll();
      await settled();
    }
    expect(flows).toEqual([false, true]);
  });
});
