import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaBinomialUpperTail, binomialUpperTail, peerRate, upperTailAgainstPeers } from '../src/index.ts';

// docs/domain.md §7.12: a rate far above the peers' is judged by a tail probability, not a fixed percentage.
const binomialPmfTail = (k: number, n: number, p: number): number => {
  let sum = 0;
  let logChoose = 0;
  for (let j = 0; j <= n; j += 1) {
    if (j > 0) logChoose += Math.log((n - j + 1) / j);
    if (j >= k) sum += Math.exp(logChoose + j * Math.log(p) + (n - j) * Math.log1p(-p));
  }
  return sum;
};

describe('tail probabilities of a rate', () => {
  it('gives the binomial upper tail exactly, also far out where 1 − CDF would round to 0', () => {
    expect(binomialUpperTail(3, 10, 0.5)).toBeCloseTo(0.9453125, 12);
    expect(binomialUpperTail(75, 100, 0.7)).toBeCloseTo(0.1631301044663515, 12);
    expect(binomialUpperTail(99, 100, 0.7) / 1.4185489835068493e-14).toBeCloseTo(1, 9);
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
  });

  it('agrees with the sum of the binomial terms for any count, size and rate', () => {
    const cases = fc
      .record({ n: fc.integer({ min: 1, max: 400 }), p: fc.double({ min: 0.01, max: 0.99, noNaN: true }) })
      .chain(({ n, p }) => fc.record({ n: fc.constant(n), p: fc.constant(p), k: fc.integer({ min: 0, max: n }) }));
    fc.assert(
      fc.property(cases, ({ n, p, k }) => {
        const expected = binomialPmfTail(k, n, p);
        expect(Math.abs(binomialUpperTail(k, n, p) - expected)).toBeLessThan(1e-9 + expected * 1e-7);
      }),
    );
  });

  it('gives the beta-binomial tail: uniform when α = β = 1, near the binomial when α + β is large', () => {
    for (const k of [0, 1, 37, 100]) expect(betaBinomialUpperTail(k, 100, 1, 1)).toBeCloseTo((101 - k) / 101, 10);
    expect(betaBinomialUpperTail(75, 100, 0.7e6, 0.3e6)).toBeCloseTo(binomialUpperTail(75, 100, 0.7), 4);
  });

  it('given peers of one rate, when fitted, then no spread and the binomial judges; given peers that vary, then a beta with their mean', () => {
    const even = peerRate([
      { successes: 70, trials: 100 },
      { successes: 70, trials: 100 },
      { successes: 70, trials: 100 },
    ]);
    expect(even).toEqual({ rate: 0.7, alpha: null, beta: null, spread: null });
    expect(upperTailAgainstPeers({ successes: 99, trials: 100 }, even)).toBe(binomialUpperTail(99, 100, 0.7));

    const varied = peerRate([
      { successes: 50, trials: 100 },
      { successes: 90, trials: 100 },
      { successes: 60, trials: 100 },
      { successes: 80, trials: 100 },
    ]);
    expect(varied.rate).toBeCloseTo(0.7, 12);
    expect(varied.spread).toBeGreaterThan(0);
    expect((varied.alpha ?? 0) / ((varied.alpha ?? 0) + (varied.beta ?? 0))).toBeCloseTo(0.7, 12);
    // Peers that vary make a high rate less surprising than the binomial says.
    expect(upperTailAgainstPeers({ successes: 95, trials: 100 }, varied)).toBeGreaterThan(
      binomialUpperTail(95, 100, 0.7),
    );
  });
});
