import { randomUUID } from 'node:crypto';
import { catalogueEvents, createEventRegistry } from '@tianfu/contracts';
import { type EventStore, InMemoryEventStore } from '@tianfu/eventstore';
import { signToken } from '@tianfu/service-kit';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';

const SECRET = 'catalogue-reads-secret-at-least-32-chars';

/** An in-memory store that counts the reads of its streams. */
function countingStore(): { store: EventStore; reads: () => number } {
  const inner = new InMemoryEventStore({
    clock: () => new Date(),
    newId: randomUUID,
    schemaVersions: createEventRegistry(catalogueEvents),
  });
  let reads = 0;
  const store = new Proxy(inner, {
    get(target, key, receiver) {
      if (key === 'readStream') reads += 1;
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store, reads: () => reads };
}

describe('public reads answer from the catalogue held in memory', () => {
  it('given a catalogue, when it is searched again and again, then the store is not read per request', async () => {
    const { store, reads } = countingStore();
    const usage = { record: async () => {}, of: async () => [] };
    const clock = () => new Date();
    const { app } = await buildApp({ store, usage, authSecret: SECRET, clock, version: 'test', logLevel: 'silent' });
    try {
      const token = await signToken({ secret: SECRET, principal: { sub: 'authority', role: 'admin' } });
      const csv = ['编码,名称,工种', '4,社会生产服务和生活服务人员,', '4-03,住宿和餐饮服务人员,'].join('\n');
      const imported = await app.inject({
        method: 'POST',
        url: `/v1/catalogue/imports/occupations.csv?reason=${encodeURIComponent('大典')}`,
        payload: Buffer.from(csv),
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      });
      expect(imported.statusCode).toBe(200);
      const before = reads();
      for (let i = 0; i < 50; i++) {
        const found = await app.inject({ method: 'GET', url: '/v1/occupations?code=4' });
        expect(found.headers.etag).toBe(imported.headers.etag);
      }
      // Only the background refresh reads, every REFRESH_MS, however many requests come.
      expect(reads() - before).toBeLessThan(10);
    } finally {
      await app.close();
    }
  });
});
