import { describe, expect, it } from 'vitest';
import { validityOn } from '../src/domain/validity.ts';

describe('validity from the 发证日期 (docs/domain.md §3.1)', () => {
  it('given a valid certificate dated tomorrow, then it is not yet valid; on its day and after, valid', () => {
    expect(validityOn('2026-03-01', 'valid', '2026-02-28')).toBe('not-yet-valid');
    expect(validityOn('2026-03-01', 'valid', '2026-03-01')).toBe('valid');
    expect(validityOn('2026-03-01', 'valid', '2027-01-01')).toBe('valid');
  });

  it('given a revoked or suspended certificate, then that is said whatever its date', () => {
    expect(validityOn('2026-03-01', 'revoked', '2026-02-28')).toBe('revoked');
    expect(validityOn('2026-03-01', 'suspended', '2026-02-28')).toBe('suspended');
  });
});
