import { describe, expect, it } from 'vitest';
import { chunkMessages } from '../src/message-chunks.ts';

const message = (n: number, bytes: number) => ({ key: `k${n}`, value: Buffer.alloc(bytes, 'x') });

describe('chunking a publish under the broker limit', () => {
  it('keeps order and never puts more than the budget in one send', () => {
    const messages = Array.from({ length: 100 }, (_, n) => message(n, 1_000));
    const chunks = [...chunkMessages(messages, 10_000)];
    expect(chunks.flat()).toEqual(messages);
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks)
      expect(chunk.reduce((sum, m) => sum + (m.value?.length ?? 0) + 66, 0)).toBeLessThanOrEqual(10_000);
  });

  it('sends one oversized message alone rather than dropping it', () => {
    const chunks = [...chunkMessages([message(1, 10), message(2, 50_000), message(3, 10)], 10_000)];
    expect(chunks.map((c) => c.length)).toEqual([1, 1, 1]);
  });
});
