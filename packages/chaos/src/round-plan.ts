import {
  birthYearsFor,
  type DemoPeople,
  declaredBackground,
  type JourneyCast,
  markedScores,
  type PartScores,
  type Person,
  partsOf,
  passes,
  type SessionPlan,
  type SheetCandidate,
} from '@tianfu/demo';
import { ELECTRICIAN } from './load-setup.ts';

export interface RoundCandidate extends SheetCandidate {
  /** null: absent, failed by the close. */
  readonly scores: PartScores | null;
  readonly passed: boolean;
}

/** One round of the load: a 技师 session of `size` candidates, the passers' contest, an appointment. */
export interface RoundPlan {
  readonly round: number;
  readonly session: SessionPlan;
  readonly candidates: readonly RoundCandidate[];
  readonly competitionId: string;
  readonly contestEventId: string;
  /** The contest's entrants, in finishing order: passers of the session. */
  readonly entrants: readonly Person[];
}

const LEVEL = 'level2';
const ENTRANTS = 3;

export function planRound(cast: JourneyCast, people: DemoPeople, round: number, size: number, today: string) {
  const { random, body } = cast;
  const year = Number(today.slice(0, 4));
  const parts = partsOf(LEVEL);
  const candidates = Array.from({ length: size }, (): RoundCandidate => {
    const person = people(random, body.regionCode, birthYearsFor(LEVEL, year));
    const background = declaredBackground(random, ELECTRICIAN, LEVEL, today);
    const scores = random.chance(0.03) ? null : markedScores(random, parts);
    return { person, background, scores, passed: scores !== null && passes(scores, parts) };
  });
  const session: SessionPlan = {
    sessionId: `${body.bodyId}-r${round}`,
    bodyId: body.bodyId,
    occupationCode: ELECTRICIAN,
    level: LEVEL,
    date: today,
    venue: `${body.name} 实训楼`,
    examinerIds: cast.seniors.map((e) => e.examinerId),
    supervisorId: cast.supervisor.supervisorId,
  };
  const entrants = candidates.filter((c) => c.passed).slice(0, ENTRANTS);
  return {
    round,
    session,
    candidates,
    competitionId: `chaos-${cast.runId}-c${round}`,
    contestEventId: `DG-${cast.runId}-${round}`,
    entrants: entrants.map(({ person: { document, name } }) => ({ document, name })),
  };
}
