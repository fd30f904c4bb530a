import type { Appointment } from '../api-types.ts';
import { demoBody, registrationOf } from './demo-bodies.ts';
import type { Passer } from './passers.ts';
import type { PlannedCompetition } from './plan-competitions.ts';

/** The first-placed entrant of a contest event (entrants are planned in finishing order). */
export function winnerOf(competitions: readonly PlannedCompetition[], contestEventId: string): Passer {
  const event = competitions.flatMap((c) => c.events).find((e) => e.contestEventId === contestEventId);
  const winner = event?.entrants[0]?.passer;
  if (winner === undefined) throw new RangeError(`no planned contest event ${contestEventId}`);
  return winner;
}

const plusYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

/**
 * Posts in the winners' own enterprises (docs/domain.md §1), from `termStart` for three years: 特级技师
 * for the 高级技师 a contest made of them, and for `chief` then 首席技师, which needs 特级技师.
 */
export function planAppointments(winners: readonly Passer[], chief: Passer, termStart: string): Appointment[] {
  const appointment = (passer: Passer, post: Appointment['post'], serial: string): Appointment => {
    const { bodyId, filingNo, name: bodyName } = registrationOf(demoBody(passer.body.bodyId));
    return {
      appointmentId: `${bodyId}-${post}-${serial}`,
      document: passer.person.document,
      name: passer.person.name,
      post,
      employer: { bodyId, filingNo, bodyName },
      occupationCode: passer.occupationCode,
      termStart,
      termEnd: plusYears(termStart, 3),
    };
  };
  return [
    ...winners.map((w) => appointment(w, 'principal-technician', '001')),
    appointment(chief, 'chief-technician', '001'),
  ];
}
