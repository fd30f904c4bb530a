import { type Random, randomFor } from '@tianfu/testing';
import type { CertifiedLevel, CompetitionTier, ContestResult, Entrant, NewCompetition } from '../api-types.ts';
import { demoBody, registrationOf } from './demo-bodies.ts';
import { type DemoOccupation, demoOccupations as o } from './demo-occupations.ts';
import type { Passer, PasserPool } from './passers.ts';

interface EventSpec {
  readonly code: string;
  readonly name: string;
  readonly occupation: DemoOccupation;
  readonly level: CertifiedLevel;
  readonly entrants: number;
  /** The first-placed entrant is one of this body's staff (an employer that appoints them later). */
  readonly winnerFrom?: string;
}

interface CompetitionSpec {
  readonly competitionId: string;
  readonly name: string;
  readonly tier: CompetitionTier;
  readonly ruleSetId?: NewCompetition['ruleSetId'];
  readonly year: number;
  readonly issuingBodyId: string;
  /** national: Sichuan's entrants among the whole field, ranked with medals; else ranked 1…n with scores. */
  readonly style: 'national' | 'provincial';
  readonly events: readonly EventSpec[];
}

/** Contests of docs/domain.md §4.1, one per year and tier, Sichuan's entrants drawn from the seeded passers. */
const competitionSpecs: readonly CompetitionSpec[] = [
  {
    competitionId: 'cn-skills-2023-sichuan',
    name: '第二届中华人民共和国职业技能大赛（四川代表团）',
    tier: 'national-class-1',
    year: 2023,
    issuingBodyId: 'cd-tianfu-skills-centre',
    style: 'national',
    events: [
      { code: 'CN23-DG', name: '电工', occupation: o.electrician, level: 'level2', entrants: 4 },
      { code: 'CN23-WA', name: '网络安全', occupation: o.networkSecurity, level: 'level2', entrants: 3 },
    ],
  },
  {
    competitionId: 'sc-skills-2024',
    name: '2024年四川技能大赛',
    tier: 'provincial-class-1',
    year: 2024,
    issuingBodyId: 'cd-tianfu-skills-centre',
    style: 'provincial',
    events: [
      {
        code: 'SC24-HG',
        name: '焊工',
        occupation: o.welder,
        level: 'level3',
        entrants: 10,
        winnerFrom: 'dy-dongfang-heavy-equipment',
      },
      {
        code: 'SC24-DG',
        name: '电工',
        occupation: o.electrician,
        level: 'level3',
        entrants: 10,
        winnerFrom: 'pzh-vanadium-titanium-steel',
      },
      { code: 'SC24-YL', name: '养老护理员', occupation: o.elderlyCare, level: 'level3', entrants: 10 },
    ],
  },
  {
    competitionId: 'sc-craftsman-cup-2025',
    name: '2025年“四川工匠杯”职业技能大赛',
    tier: 'provincial-class-1',
    ruleSetId: 'sichuan-craftsman-cup',
    year: 2025,
    issuingBodyId: 'cd-sichuan-cuisine-centre',
    style: 'provincial',
    events: [{ code: 'GJ25-PR', name: '中式烹调师（川菜）', occupation: o.cook, level: 'level3', entrants: 8 }],
  },
  {
    competitionId: 'cd-skills-2025',
    name: '2025年成都市职业技能大赛',
    tier: 'municipal',
    year: 2025,
    issuingBodyId: 'cd-tianfu-technician-college',
    style: 'provincial',
    events: [{ code: 'CD25-CG', name: '车工', occupation: o.latheOperator, level: 'level3', entrants: 8 }],
  },
];

export interface PlannedContestEvent {
  readonly contestEventId: string;
  readonly entrants: readonly (Entrant & { readonly passer: Passer })[];
  readonly results: readonly ContestResult[];
}

export interface PlannedCompetition {
  readonly registration: NewCompetition;
  /** The issuing body's 备案号, which its promotion certificates' numbers begin with (docs/domain.md §3.2). */
  readonly filingNo: string;
  /** The day of the 核准, late in the competition's year: what its certificates and titles are dated. */
  readonly confirmedOn: string;
  readonly events: readonly PlannedContestEvent[];
}

const contenders: readonly CertifiedLevel[] = ['level2', 'level3', 'level4'];

const medalOf = (rank: number): ContestResult['medal'] =>
  rank === 1 ? 'gold' : rank === 2 ? 'silver' : rank === 3 ? 'bronze' : rank <= 30 ? 'excellence' : null;
const prizeOf = (rank: number): string =>
  rank === 1 ? '一等奖' : rank <= 3 ? '二等奖' : rank <= 6 ? '三等奖' : '优秀奖';

/** Ranks among a national field (medals, 优胜奖 for the top half), or 1…n with falling scores and prizes. */
function resultsOf(random: Random, style: CompetitionSpec['style'], entrantIds: readonly string[]): ContestResult[] {
  let rank = style === 'national' ? random.int(1, 4) : 1;
  let score = random.int(90, 97);
  return entrantIds.map((entrantId) => {
    const result =
      style === 'national'
        ? { entrantId, rank, medal: medalOf(rank) }
        : { entrantId, rank, score, prize: prizeOf(rank) };
    rank += style === 'national' ? random.int(3, 14) : 1;
    score -= random.int(2, 6);
    return result;
  });
}

function planEvent(pool: PasserPool, spec: CompetitionSpec, event: EventSpec): PlannedContestEvent {
  const random = randomFor(`contest:${spec.competitionId}:${event.code}`);
  // Below 高级技师: a contest promotes no one beyond it (docs/domain.md §4.1).
  const query = { occupationCode: event.occupation.code, levels: contenders };
  const winner = event.winnerFrom === undefined ? [] : pool.take(random, 1, { ...query, bodyId: event.winnerFrom });
  const passers = [...winner, ...pool.take(random, event.entrants - winner.length, query)];
  const entrants = passers.map((passer, i) => ({
    contestEventId: event.code,
    entrantId: `${event.code}-${String(i + 1).padStart(2, '0')}`,
    document: passer.person.document,
    name: passer.person.name,
    heldLevel: passer.level,
    passer,
  }));
  return {
    contestEventId: event.code,
    entrants,
    results: resultsOf(
      random,
      spec.style,
      entrants.map((e) => e.entrantId),
    ),
  };
}

/** The competitions with their contest events, entrants (in finishing order) and results. */
export function planCompetitions(pool: PasserPool): PlannedCompetition[] {
  return competitionSpecs.map((spec) => {
    const { bodyId, filingNo, name: bodyName } = registrationOf(demoBody(spec.issuingBodyId));
    const registration: NewCompetition = {
      competitionId: spec.competitionId,
      name: spec.name,
      tier: spec.tier,
      ...(spec.ruleSetId === undefined ? {} : { ruleSetId: spec.ruleSetId }),
      year: spec.year,
      issuingBody: { bodyId, filingNo, bodyName },
      contestEvents: spec.events.map((e) => ({
        contestEventId: e.code,
        name: e.name,
        occupationCode: e.occupation.code,
        level: e.level,
        track: 'employee',
      })),
    };
    const confirmedOn = `${spec.year}-11-20`;
    return { registration, filingNo, confirmedOn, events: spec.events.map((event) => planEvent(pool, spec, event)) };
  });
}
