import betainc from '@stdlib/math-base-special-betainc';
import betaln from '@stdlib/math-base-special-betaln';
import binomcoefln from '@stdlib/math-base-special-binomcoefln';

/** A unit's count of successes (passes, completions) out of its trials (candidates, trainees). */
export interface Tally {
  readonly successes: number;
  readonly trials: number;
}

/**
 * P(X ≥ k) for X ~ Binomial(n, p), as the regularized incomplete beta I_p(k, n − k + 1): exact in the
 * far tail, where 1 − CDF would round to 0.
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0 || p >= 1) return 1;
  if (k > n || p <= 0) return 0;
  return betainc(p, k, n - k + 1, true, false);
}

/** The peers' rates as a beta distribution (method of moments); `spread` null when they vary no more than chance explains. */
export interface PeerRate {
  readonly rate: number;
  readonly alpha: number | null;
  readonly beta: number | null;
  /** ρ, the share of the variation between peers beyond the binomial's (intra-class correlation). */
  readonly spread: number | null;
}

/**
 * The peers' pooled rate and, when their rates vary more than binomial chance allows, the beta
 * distribution of a peer's true rate: μ the pooled rate, ρ from the weighted variance of the rates
 * less the part the trials' sizes explain, α + β = (1 − ρ) / ρ.
 */
export function peerRate(peers: readonly Tally[]): PeerRate {
  const trials = peers.reduce((sum, p) => sum + p.trials, 0);
  const rate = peers.reduce((sum, p) => sum + p.successes, 0) / trials;
  const counted = peers.filter((p) => p.trials > 0);
  const meanTrials = trials / counted.length;
  const variance = counted.reduce((sum, p) => sum + p.trials * (p.successes / p.trials - rate) ** 2, 0) / trials;
  const chance = rate * (1 - rate);
  const spread =
    chance === 0 || meanTrials <= 1 ? 0 : (variance - chance / meanTrials) / (chance * (1 - 1 / meanTrials));
  if (!(spread > 0) || spread >= 1) return { rate, alpha: null, beta: null, spread: null };
  const total = (1 - spread) / spread;
  return { rate, alpha: rate * total, beta: (1 - rate) * total, spread };
}

const logSumExp = (values: readonly number[]): number => {
  const top = Math.max(...values);
  return top === Number.NEGATIVE_INFINITY ? top : top + Math.log(values.reduce((sum, v) => sum + Math.exp(v - top), 0));
};

/** P(X ≥ k) for X ~ BetaBinomial(n, α, β): the sum of the upper terms in log space. */
export function betaBinomialUpperTail(k: number, n: number, alpha: number, beta: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  const terms: number[] = [];
  for (let j = k; j <= n; j += 1) terms.push(binomcoefln(n, j) + betaln(j + alpha, n - j + beta) - betaln(alpha, beta));
  return Math.min(1, Math.exp(logSumExp(terms)));
}

/**
 * How likely a unit's successes are, or more, if its true rate were a peer's: beta-binomial where the
 * peers vary beyond chance, binomial at their pooled rate otherwise.
 */
export function upperTailAgainstPeers(unit: Tally, peers: PeerRate): number {
  return peers.alpha === null || peers.beta === null
    ? binomialUpperTail(unit.successes, unit.trials, peers.rate)
    : betaBinomialUpperTail(unit.successes, unit.trials, peers.alpha, peers.beta);
}
