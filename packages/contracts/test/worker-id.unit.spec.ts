import { describe, expect, it } from 'vitest';
import { deriveWorkerId, isContractError, WorkerIdSchema } from '../src/index.ts';
import { thrownBy } from './support/thrown-by.ts';

const key = 'k'.repeat(32);
const otherKey = 'o'.repeat(32);
const resident = { idType: 'resident-id-card', idNumber: '11010519491231002X' } as const;

describe('WorkerId (docs/architecture.md "Identity and personal data")', () => {
  it('is 64 lowercase hex characters and stable for the same key and document', () => {
    const id = deriveWorkerId(key, resident);
    expect(WorkerIdSchema.parse(id)).toBe(id);
    expect(deriveWorkerId(key, resident)).toBe(id);
  });

  it('differs under a different key', () => {
    expect(deriveWorkerId(otherKey, resident)).not.toBe(deriveWorkerId(key, resident));
  });

  it('is the same for a 15-digit number, its 18-digit form and a lower-case x', () => {
    const id = deriveWorkerId(key, resident);
    expect(deriveWorkerId(key, { idType: 'resident-id-card', idNumber: '110105491231002' })).toBe(id);
    expect(deriveWorkerId(key, { idType: 'resident-id-card', idNumber: ' 11010519491231002x' })).toBe(id);
  });

  it('differs by document type for the same characters', () => {
    const permit = { idType: 'hk-macao-taiwan-residence-permit', idNumber: '11010519491231002X' } as const;
    expect(deriveWorkerId(key, permit)).not.toBe(deriveWorkerId(key, resident));
  });

  it('does not contain the raw number', () => {
    const id = deriveWorkerId(key, resident);
    expect(id).not.toContain('110105');
    expect(id).not.toContain('19491231');
    expect(id.toUpperCase()).not.toContain('002X');
  });

  it('accepts a binary key', () => {
    expect(deriveWorkerId(new Uint8Array(32).fill(1), resident)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('given a short key or an invalid number, then it throws a coded ContractError', () => {
    expect(
      isContractError(
        thrownBy(() => deriveWorkerId('short', resident)),
        'PLATFORM_KEY_TOO_SHORT',
      ),
    ).toBe(true);
    const bad = thrownBy(() => deriveWorkerId(key, { idType: 'resident-id-card', idNumber: '440524188001010015' }));
    expect(isContractError(bad, 'ID_CHECKSUM')).toBe(true);
  });

  it('rejects ids that are not 64 lowercase hex', () => {
    expect(WorkerIdSchema.safeParse('A'.repeat(64)).success).toBe(false);
    expect(WorkerIdSchema.safeParse('a'.repeat(63)).success).toBe(false);
  });
});
