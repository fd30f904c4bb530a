import { type Random, randomFor } from '@tianfu/testing';
import type { Background, CertifiedLevel, PartScores, SessionPlan } from '../api-types.ts';
import { birthYearsFor, declaredBackground } from '../exam/declared-backgrounds.ts';
import { markedScores, partsOf, passes } from '../exam/part-scores.ts';
import type { DemoPeople, DemoPerson } from '../people/demo-people.ts';
import type { DemoBody, DemoFiling } from './demo-bodies.ts';
import type { BodyStaff } from './plan-staff.ts';

export interface PlannedCandidate {
  readonly person: DemoPerson;
  readonly background: Background;
  /** null: absent on the day, so the session's close fails them. */
  readonly scores: PartScores | null;
  readonly passed: boolean;
}

export interface PlannedSession {
  readonly body: DemoBody;
  readonly filing: DemoFiling;
  readonly plan: SessionPlan;
  readonly candidates: readonly PlannedCandidate[];
}

export const demoYears = [2023, 2024, 2025] as const;

// Most candidates sit the lower levels; 技师 and 高级技师 sessions are rare.
const levelWeights: Readonly<Record<CertifiedLevel, number>> = {
  level5: 5,
  level4: 4,
  level3: 3,
  level2: 1.2,
  level1: 0.6,
};
const prefectures = ['513200', '513300', '513400'];

const pad = (n: number) => String(n).padStart(2, '0');

function planCandidates(random: Random, people: DemoPeople, body: DemoBody, plan: SessionPlan) {
  const parts = partsOf(plan.level);
  const year = Number(plan.date.slice(0, 4));
  // Smaller sessions in the three autonomous prefectures.
  const count = prefectures.includes(body.regionCode) ? random.int(20, 50) : random.int(35, 90);
  return Array.from({ length: count }, (): PlannedCandidate => {
    const person = people(random, body.regionCode, birthYearsFor(plan.level, year));
    const background = declaredBackground(random, plan.occupationCode, plan.level, plan.date);
    const scores = random.chance(0.03) ? null : markedScores(random, parts);
    return { person, background, scores, passed: scores !== null && passes(scores, parts) };
  });
}

function planSession(people: DemoPeople, body: DemoBody, staff: BodyStaff, filing: DemoFiling, year: number) {
  const random = randomFor(`session:${body.bodyId}:${filing.occupation.code}:${year}`);
  const level = random.weighted(filing.levels.map((l) => [l, levelWeights[l]] as const));
  const date = `${year}-${pad(random.int(3, 11))}-${pad(random.int(1, 28))}`;
  const panel = level === 'level2' || level === 'level1';
  const examiners = panel ? staff.seniors : [staff.examiner, random.pick(staff.seniors)];
  const plan: SessionPlan = {
    sessionId: `${body.bodyId}-${date.replaceAll('-', '')}-${filing.occupation.code.replaceAll('-', '')}-${level}`,
    bodyId: body.bodyId,
    occupationCode: filing.occupation.code,
    level,
    date,
    venue: `${body.name} 考点${random.int(1, 6)}号实训楼`,
    examinerIds: examiners.map((e) => e.examinerId),
    supervisorId: staff.supervisor.supervisorId,
  };
  return { body, filing, plan, candidates: planCandidates(random, people, body, plan) };
}

/**
 * Each filed occupation in most years of 2023–2025: one session at a level the body filed. Few
 * large sessions rather than many small ones: each sheet costs the service a fixed price.
 */
export function planSessions(people: DemoPeople, body: DemoBody, staff: BodyStaff): PlannedSession[] {
  return body.filings.flatMap((filing) =>
    demoYears
      .filter((year) => randomFor(`sessions:${body.bodyId}:${filing.occupation.code}:${year}`).chance(0.8))
      .map((year) => planSession(people, body, staff, filing, year)),
  );
}
