import { uniqueName, useTestDatabase } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { createSerialAllocator, type SerialDoc } from '../src/application/serial-allocator.ts';

const db = useTestDatabase('serials');
const collection = () => db().collection<SerialDoc>('certificate_serials');
const scope = () => uniqueName('Y000051001064253');
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('serial allocator (insert-only, gapless)', () => {
  it('gives 100 concurrent calls from 4 allocators exactly the serials 1..100', async () => {
    const s = scope();
    const allocators = range(4).map(() => createSerialAllocator(collection()));
    const claims = await Promise.all(
      allocators.flatMap((allocator, k) =>
        range(25).map(async (j) => [`cert-${k}-${j}`, await allocator.next(s, `cert-${k}-${j}`)] as const),
      ),
    );
    expect(claims.map(([, serial]) => serial).sort((a, b) => a - b)).toEqual(range(100));
    const stored = await collection().find({ scope: s }).toArray();
    expect(new Map(stored.map((d) => [d.certificateId, d.serial]))).toEqual(new Map(claims));
  });

  it('returns the same serial for the same certificate, also from another allocator and in parallel', async () => {
    const s = scope();
    const [a, b] = [createSerialAllocator(collection()), createSerialAllocator(collection())];
    expect(await a.next(s, 'cert-a')).toBe(1);
    expect(await a.next(s, 'cert-b')).toBe(2);
    expect(await a.next(s, 'cert-a')).toBe(1);
    expect(await b.next(s, 'cert-b')).toBe(2);
    expect(await Promise.all([a.next(s, 'cert-c'), b.next(s, 'cert-c')])).toEqual([3, 3]);
    expect(await b.next(s, 'cert-d')).toBe(4);
    expect(await collection().countDocuments({ scope: s })).toBe(4);
  });

  it('keeps scopes apart and carries on after serials another process claimed meanwhile', async () => {
    const [s, t] = [scope(), scope()];
    const a = createSerialAllocator(collection(), { collisionsBeforeReread: 2 });
    const b = createSerialAllocator(collection());
    expect(await a.next(s, 'cert-1')).toBe(1);
    expect(await a.next(t, 'cert-1')).toBe(1);
    for (const i of range(5)) await b.next(s, `cert-b-${i}`);
    expect(await a.next(s, 'cert-2')).toBe(7);
  });

  it('says SERIAL_EXHAUSTED once the scope is full', async () => {
    const s = scope();
    const allocator = createSerialAllocator(collection(), { maxSerial: 2 });
    await allocator.next(s, 'cert-1');
    await allocator.next(s, 'cert-2');
    await expect(allocator.next(s, 'cert-3')).rejects.toMatchObject({
      code: 'SERIAL_EXHAUSTED',
      name: 'OperationalError',
    });
    expect(await allocator.next(s, 'cert-2')).toBe(2);
  });
});
