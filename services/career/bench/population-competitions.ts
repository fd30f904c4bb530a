import type { CompetitionTier, Medal } from '@tianfu/contracts';
import { benchEnvelope } from './bench-envelopes.ts';
import { benchOccupations } from './bench-occupations.ts';
import type { BenchBody, EventNumbers, PopulationEvent } from './population-reference.ts';

export interface BenchCompetition {
  readonly competitionId: string;
  readonly year: number;
  readonly tier: CompetitionTier;
}

const tiers: readonly CompetitionTier[] = ['provincial-class-1', 'provincial-class-2', 'municipal'];
const FIRST_YEAR = 2019;
const LAST_YEAR = 2025;

/** Three competitions a year, 2019–2025, each with one contest event per seed occupation. */
export const benchCompetitions = (): BenchCompetition[] =>
  Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, y) =>
    tiers.map((tier, t) => ({
      competitionId: `bench-competition-${y * tiers.length + t}`,
      year: FIRST_YEAR + y,
      tier,
    })),
  ).flat();

const contestEventId = (occupation: number) => `ce-${occupation}`;
const publishedAt = (c: BenchCompetition) => `${c.year}-10-20T02:00:00.000Z`;

export function competitionRegistered(c: BenchCompetition, issuer: BenchBody, numbers: EventNumbers): PopulationEvent {
  const at = `${c.year}-03-01T02:00:00.000Z`;
  const data = {
    competitionId: c.competitionId,
    name: `${c.year}年四川技能大赛（${c.tier}）`,
    tier: c.tier,
    ruleSetId: c.tier,
    year: c.year,
    organiser: '四川省人力资源和社会保障厅',
    issuingBody: { bodyId: issuer.bodyId, filingNo: issuer.filingNo, bodyName: issuer.name },
    contestEvents: benchOccupations.map((o, i) => ({
      contestEventId: contestEventId(i),
      name: o.name,
      occupationCode: o.code,
      workType: '--',
      level: 'level3',
      teamSize: 1,
      track: 'employee',
    })),
    registeredAt: at,
  };
  const stream = { streamId: `competition-${c.competitionId}`, workerId: null, at, actor: 'competition' };
  return {
    topic: 'competition',
    event: benchEnvelope(numbers.next(), 'competition.CompetitionRegistered', 1, stream, data),
  };
}

/** By rank: the first 5% gold (at least one), the next 10% silver, 15% bronze, the rest 优胜奖. */
function medalAt(rank: number, entrants: number): Medal {
  const share = (rank - 1) / entrants;
  if (rank === 1 || share < 0.05) return 'gold';
  if (share < 0.15) return 'silver';
  return share < 0.3 ? 'bronze' : 'excellence';
}

/** The medallists of each contest event, gathered while workers are generated and published at the end. */
export class MedalTable {
  readonly #entrants = new Map<string, { competition: BenchCompetition; occupation: number; workerIds: string[] }>();
  readonly medals: Record<Medal, number> = { gold: 0, silver: 0, bronze: 0, excellence: 0 };

  enter(competition: BenchCompetition, occupation: number, workerId: string): void {
    const key = `${competition.competitionId}/${occupation}`;
    const entry = this.#entrants.get(key) ?? { competition, occupation, workerIds: [] };
    entry.workerIds.push(workerId);
    this.#entrants.set(key, entry);
  }

  /** One ResultsPublished per contest event (key: its competition stream, as results have many workers). */
  *results(numbers: EventNumbers): Generator<PopulationEvent> {
    for (const { competition, occupation, workerIds } of this.#entrants.values()) {
      const results = workerIds.map((workerId, i) => {
        const medal = medalAt(i + 1, workerIds.length);
        this.medals[medal] += 1;
        const entrantId = `${competition.competitionId}-${occupation}-${i + 1}`;
        return { entrantId, workerId, rank: i + 1, score: 100 - i / workerIds.length, medal, prize: null };
      });
      const at = publishedAt(competition);
      const data = {
        competitionId: competition.competitionId,
        contestEventId: contestEventId(occupation),
        results,
        publishedAt: at,
      };
      const stream = { streamId: `competition-${competition.competitionId}`, workerId: null, at, actor: 'competition' };
      yield {
        topic: 'competition',
        event: benchEnvelope(numbers.next(), 'competition.ResultsPublished', 1, stream, data),
      };
    }
  }
}
