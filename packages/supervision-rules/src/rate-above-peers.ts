import { groupBy } from './group-by.ts';
import { peerRate, type Tally, upperTailAgainstPeers } from './rate-tails.ts';
import type { Signal } from './signal.ts';
import type { SignalThresholds } from './signal-thresholds.ts';

/** A provider's completions or a body's passes of one occupation and level, in a year. */
export interface UnitTally extends Tally {
  readonly unit: { readonly kind: 'provider' | 'body'; readonly id: string };
  readonly measure: 'completion' | 'pass';
  /** What makes units peers: the occupation (or item), level and year. */
  readonly peerGroup: string;
  readonly eventIds: readonly string[];
}

const percent = (rate: number): string => `${(rate * 100).toFixed(1)}%`;

/**
 * Units whose rate is far above their peers' (the other units of the same group): flagged when the
 * chance of their successes or more, were their true rate a peer's, is below the threshold — by a
 * beta-binomial tail where the peers vary beyond chance, a binomial tail otherwise.
 */
export function rateAbovePeers(
  tallies: readonly UnitTally[],
  { maxTailProbability, minPeers, minTrials }: SignalThresholds['rateAbovePeers'],
): Signal[] {
  const signals: Signal[] = [];
  const groupOf = (t: UnitTally) => `${t.measure} ${t.peerGroup}`;
  const groups = groupBy(tallies, groupOf);
  for (const unit of tallies) {
    if (unit.trials < minTrials) continue;
    const peers = (groups.get(groupOf(unit)) ?? []).filter((t) => t.unit.id !== unit.unit.id && t.trials > 0);
    if (peers.length < minPeers) continue;
    const peer = peerRate(peers);
    const rate = unit.successes / unit.trials;
    if (rate <= peer.rate) continue;
    const tail = upperTailAgainstPeers(unit, peer);
    if (tail >= maxTailProbability) continue;
    const model = peer.spread === null ? 'binomial' : 'beta-binomial';
    signals.push({
      rule: 'rate-above-peers',
      subject: unit.unit,
      explanation: `${unit.measure} rate ${percent(rate)} (${unit.successes} of ${unit.trials}) against ${percent(peer.rate)} for ${peers.length} peers in ${unit.peerGroup}: a peer would reach it with probability ${tail.toExponential(2)} (${model}), below ${maxTailProbability}`,
      facts: {
        measure: unit.measure,
        peerGroup: unit.peerGroup,
        successes: unit.successes,
        trials: unit.trials,
        rate,
        peerRate: peer.rate,
        peers: peers.length,
        peerSpread: peer.spread,
        tailProbability: tail,
        model,
      },
      evidence: unit.eventIds,
    });
  }
  return signals;
}
