import { describe, expect, it } from 'vitest';
import { newRequestId } from './request-id.ts';

describe('newRequestId', () => {
  it('gives each form fill its own id under the prefix', () => {
    expect(newRequestId('appt')).toMatch(/^appt-[0-9a-f]{20}$/);
    expect(newRequestId('base')).not.toBe(newRequestId('base'));
  });
});
