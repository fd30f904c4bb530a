import type { Appointment } from '../api-types.ts';
import { demoPeople } from '../people/demo-people.ts';
import { type DemoBody, demoBodies } from './demo-bodies.ts';
import { demoOccupations } from './demo-occupations.ts';
import { type Passer, passerPool } from './passers.ts';
import { planAppointments, winnerOf } from './plan-appointments.ts';
import { type PlannedCompetition, planCompetitions } from './plan-competitions.ts';
import { type PlannedSession, planSessions } from './plan-sessions.ts';
import { type BodyStaff, planStaff } from './plan-staff.ts';
import { type PlannedTalent, planTalent } from './plan-talent.ts';

/** Everything the seed creates, decided before the first request: the same on every run. */
export interface DemoPlan {
  readonly bodies: readonly { readonly body: DemoBody; readonly staff: BodyStaff }[];
  /** The showcase's own exam first, so its certificate is not queued behind thousands of others. */
  readonly sessions: { readonly first: readonly PlannedSession[]; readonly rest: readonly PlannedSession[] };
  readonly competitions: readonly PlannedCompetition[];
  readonly talent: PlannedTalent;
  readonly appointments: readonly Appointment[];
  /** The welder a contest makes 高级技师, then 特级技师 and 首席技师: the showcase. */
  readonly chief: Passer;
}

/** The day the posts start: after the contests that qualify for them, inside the plan period 2023–2025. */
export const DEMO_TERM_START = '2025-07-01';

/** Everything is fixed by the seeded plan, dates included: a certificate is dated by its cause, not the run. */
export function demoPlan(): DemoPlan {
  const people = demoPeople();
  const bodies = demoBodies.map((body) => ({ body, staff: planStaff(body, people) }));
  const sessions = bodies.flatMap(({ body, staff }) => planSessions(people, body, staff));
  const pool = passerPool(sessions);
  const competitions = planCompetitions(pool);
  const chief = winnerOf(competitions, 'SC24-HG');
  const talent = planTalent(pool, { passer: chief, occupation: demoOccupations.welder });
  const appointments = planAppointments([chief, winnerOf(competitions, 'SC24-DG')], chief, DEMO_TERM_START);
  const isChiefs = (s: PlannedSession) =>
    s.candidates.some((c) => c.person.document.idNumber === chief.person.document.idNumber);
  const ordered = { first: sessions.filter(isChiefs), rest: sessions.filter((s) => !isChiefs(s)) };
  return { bodies, sessions: ordered, competitions, talent, appointments, chief };
}
