import { describe, expect, it } from 'vitest';
import { nameBasedId } from '../src/index.ts';

const namespace = '8d3f6c2e-5b7a-4f1e-9c0d-2a6b4e8f1c37';

describe('nameBasedId', () => {
  it('gives the RFC 9562 version-5 id: the same for the same name, another for another name', () => {
    const id = nameBasedId('event-1', namespace);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameBasedId('event-1', namespace)).toBe(id);
    expect(nameBasedId('event-2', namespace)).not.toBe(id);
  });

  it('matches the RFC 9562 test vector (www.example.com in the DNS namespace)', () => {
    expect(nameBasedId('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});
