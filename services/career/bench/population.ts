import type { HonourCode } from '@tianfu/contracts';
import { seededRandom } from '@tianfu/testing';
import { benchCompetitions, competitionRegistered, MedalTable } from './population-competitions.ts';
import {
  type BenchBody,
  baseRegistered,
  benchBodies,
  bodyRegistered,
  type EventNumbers,
  type PopulationEvent,
  regionWeights,
} from './population-reference.ts';
import { benchWorkerId, workerHistory } from './worker-history.ts';

export interface PopulationOptions {
  readonly workers: number;
  readonly seed: number;
}

/** What the generator put on the topics, to check the rebuilt read side against. */
export interface PopulationStats {
  events: number;
  readonly byType: Map<string, number>;
  /** Workers holding a certificate that counts, and of them the 高技能人才 and the honours held. */
  certified: number;
  highSkill: number;
  readonly honours: Map<HonourCode, number>;
  readonly medals: MedalTable;
}

const BASES = 150;

export const emptyStats = (): PopulationStats => ({
  events: 0,
  byType: new Map(),
  certified: 0,
  highSkill: 0,
  honours: new Map(),
  medals: new MedalTable(),
});

/**
 * The population, in production order: bodies, competitions and bases first, then each worker's
 * events, then the competitions' results. Lazy, so a million workers never sit in memory at once.
 */
export function* population(options: PopulationOptions, stats: PopulationStats): Generator<PopulationEvent> {
  const random = seededRandom(options.seed);
  let eventNo = 0;
  const numbers: EventNumbers = { next: () => ++eventNo };
  const count = function* (events: Iterable<PopulationEvent>) {
    for (const e of events) {
      stats.events += 1;
      stats.byType.set(e.event.type, (stats.byType.get(e.event.type) ?? 0) + 1);
      yield e;
    }
  };
  const bodies = benchBodies();
  const chengdu = bodies.get('510100') as BenchBody[];
  const competitions = benchCompetitions();
  yield* count([...bodies.values()].flat().map((body) => bodyRegistered(body, numbers)));
  yield* count(competitions.map((c) => competitionRegistered(c, chengdu[0] as BenchBody, numbers)));
  yield* count(Array.from({ length: BASES }, (_, n) => baseRegistered(n, random, numbers)));
  for (let i = 0; i < options.workers; i += 1) {
    const region = random.weighted(regionWeights);
    const ctx = { random, numbers, bodies: bodies.get(region) ?? chengdu, competitions, medals: stats.medals };
    const history = workerHistory(ctx, benchWorkerId(options.seed, i));
    if (history.certified) stats.certified += 1;
    if (history.highSkill) stats.highSkill += 1;
    if (history.certified && history.honour !== null)
      stats.honours.set(history.honour, (stats.honours.get(history.honour) ?? 0) + 1);
    yield* count(history.events);
  }
  yield* count(stats.medals.results(numbers));
}
