import { describe, expect, it } from 'vitest';
import { chinaDay, chinaMinute } from './china-time.ts';

describe('instants on Sichuan’s clock', () => {
  it('given an instant late in the UTC day, then the China day and minute it falls on', () => {
    expect(chinaMinute('2025-03-10T17:05:00Z')).toBe('2025-03-11 01:05');
    expect(chinaDay('2025-03-10T17:05:00Z')).toBe('2025-03-11');
    expect(chinaMinute('2025-03-10T09:01:00+08:00')).toBe('2025-03-10 09:01');
  });
});
