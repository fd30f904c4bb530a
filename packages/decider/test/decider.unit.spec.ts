import { describe, expect, it } from 'vitest';
import { domainError, foldEvents, isDomainError } from '../src/index.ts';
import { passed, turnstile } from './turnstile.ts';

describe('foldEvents', () => {
  it('given no events, folds to the initial state', () => {
    expect(foldEvents(turnstile, [])).toEqual({ passedBy: null });
  });

  it('given stored envelopes, evolves with their type and data only', () => {
    const envelope = { ...passed('ann'), streamId: 't-1', revision: 1, metadata: { extra: true } };
    expect(foldEvents(turnstile, [envelope])).toEqual({ passedBy: 'ann' });
  });
});

describe('domainError', () => {
  it('carries its code, message and details, and is recognised by its brand', () => {
    const error = domainError('TURNSTILE_USED', 'someone already passed', { passedBy: 'ann' });
    expect(error).toMatchObject({ code: 'TURNSTILE_USED', message: 'someone already passed', name: 'DomainError' });
    expect(error.details).toEqual({ passedBy: 'ann' });
    expect(isDomainError(error)).toBe(true);
  });

  it('is not any error with a code', () => {
    expect(isDomainError(Object.assign(new Error('x'), { code: 'TURNSTILE_USED' }))).toBe(false);
    expect(isDomainError(null)).toBe(false);
  });
});
