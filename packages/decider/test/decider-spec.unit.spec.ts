import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../src/spec/index.ts';
import { passed, turnstile } from './turnstile.ts';

describe('deciderSpec (given/when/then)', () => {
  it('thenEmits: the events the decider emits', () => {
    deciderSpec(turnstile)
      .given([])
      .when({ by: 'ann' })
      .thenEmits([passed('ann')]);
  });

  it('thenEmits fails when the decider emits something else', () => {
    expect(() =>
      deciderSpec(turnstile)
        .given([])
        .when({ by: 'ann' })
        .thenEmits([passed('bob')]),
    ).toThrow();
  });

  it('thenThrows: the error code and details of a refused command', () => {
    deciderSpec(turnstile)
      .given([passed('ann')])
      .when({ by: 'bob' })
      .thenThrows('TURNSTILE_USED', { passedBy: 'ann' });
  });

  it('thenThrows fails on another code, and when the command is allowed', () => {
    const spec = deciderSpec(turnstile);
    expect(() =>
      spec
        .given([passed('ann')])
        .when({ by: 'bob' })
        .thenThrows('OTHER'),
    ).toThrow();
    expect(() => spec.given([]).when({ by: 'bob' }).thenThrows('TURNSTILE_USED')).toThrow();
  });

  it('emitted: the events, to assert on in part', () => {
    expect(deciderSpec(turnstile).given([]).when({ by: 'ann' }).emitted()).toEqual([passed('ann')]);
  });
});
