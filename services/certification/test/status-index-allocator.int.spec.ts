import { uniqueName, useTestDatabase } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { createStatusIndexAllocator, type StatusIndexDoc } from '../src/application/status-index-allocator.ts';
import { MIN_STATUS_LIST_SIZE } from '../src/domain/status-list/index.ts';

const db = useTestDatabase('status_index');
const collection = () => db().collection<StatusIndexDoc>('status_indexes');
const listId = () => uniqueName('list');
const certs = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `cert-${from + i}`);

/** mulberry32: a seeded generator, so a random-looking run is the same run every time. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Draws from only the first `slots` indexes, so allocations collide often. */
const crowded = (seed: number, slots: number) => {
  const random = seeded(seed);
  return () => (random() * slots) / MIN_STATUS_LIST_SIZE;
};

describe('status index allocator (insert-only, random)', () => {
  it('gives 500 certificates distinct in-range indexes that do not follow issue order', async () => {
    const allocator = createStatusIndexAllocator(collection(), { random: seeded(7) });
    const list = listId();
    const indexes: number[] = [];
    for (const certificateId of certs(0, 500)) indexes.push(await allocator.allocate(list, certificateId));
    expect(new Set(indexes).size).toBe(500);
    expect(indexes.every((i) => Number.isInteger(i) && i >= 0 && i < MIN_STATUS_LIST_SIZE)).toBe(true);
    const rises = indexes.slice(1).filter((index, i) => index > (indexes[i] ?? 0)).length;
    expect(rises / 499).toBeGreaterThan(0.4);
    expect(rises / 499).toBeLessThan(0.6);
  });

  it('returns the same index when asked twice for one certificate', async () => {
    const allocator = createStatusIndexAllocator(collection());
    const list = listId();
    const first = await allocator.allocate(list, 'cert-again');
    expect(await allocator.allocate(list, 'cert-again')).toBe(first);
    expect(await collection().countDocuments({ _id: { $regex: `^${list}:` } })).toBe(2);
  });

  it('skips a slot left behind by a crash between the two inserts', async () => {
    const list = listId();
    await collection().insertOne({ _id: `${list}:0`, certificateId: 'cert-crashed' });
    const draws = [0, 0.5];
    const allocator = createStatusIndexAllocator(collection(), { random: () => draws.shift() ?? 0.25 });
    expect(await allocator.allocate(list, 'cert-crashed')).toBe(MIN_STATUS_LIST_SIZE / 2);
    expect(await allocator.allocate(list, 'cert-crashed')).toBe(MIN_STATUS_LIST_SIZE / 2);
  });

  it('never lets two concurrent allocators share an index, and agrees on a certificate both allocate', async () => {
    const list = listId();
    const a = createStatusIndexAllocator(collection(), { random: crowded(1, 300) });
    const b = createStatusIndexAllocator(collection(), { random: crowded(2, 300) });
    const run = (allocator: typeof a, ids: string[]) =>
      Promise.all(ids.map(async (c) => [c, await allocator.allocate(list, c)] as const));
    const [fromA, fromB] = await Promise.all([run(a, certs(0, 80)), run(b, certs(40, 120))]);
    const indexOfA = new Map(fromA);
    const shared = fromB.filter(([c]) => indexOfA.has(c));
    expect(shared).toHaveLength(40);
    for (const [c, index] of shared) expect(indexOfA.get(c)).toBe(index);
    expect(new Set(new Map([...fromA, ...fromB]).values()).size).toBe(120);
  });

  it('says the list is full after bounded collisions, and refuses a list id with a colon', async () => {
    const allocator = createStatusIndexAllocator(collection(), { random: () => 0, maxAttempts: 3 });
    const list = listId();
    expect(await allocator.allocate(list, 'cert-first')).toBe(0);
    await expect(allocator.allocate(list, 'cert-second')).rejects.toMatchObject({
      code: 'STATUS_LIST_FULL',
      name: 'OperationalError',
    });
    await expect(allocator.allocate('a:b', 'cert-first')).rejects.toMatchObject({ code: 'STATUS_LIST_ID_INVALID' });
  });
});
