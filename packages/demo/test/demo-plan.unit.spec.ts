import { describe, expect, it } from 'vitest';
import { partsOf, passes } from '../src/exam/part-scores.ts';
import { demoPlan } from '../src/seed/demo-plan.ts';

const plan = demoPlan();
const sessions = [...plan.sessions.first, ...plan.sessions.rest];
const candidates = sessions.flatMap((s) => s.candidates);

describe('the demo plan', () => {
  it('is the same on every run', () => {
    const again = demoPlan();
    expect(again.sessions).toEqual(plan.sessions);
    expect(again.competitions).toEqual(plan.competitions);
    expect(again.talent).toEqual(plan.talent);
  });

  it('has a few thousand workers in sessions over 2023–2025, 甘孜, 阿坝 and 凉山 among the places', () => {
    expect(candidates.length).toBeGreaterThan(2500);
    expect(candidates.length).toBeLessThan(5000);
    expect(new Set(sessions.map((s) => s.plan.date.slice(0, 4)))).toEqual(new Set(['2023', '2024', '2025']));
    const regions = new Set(plan.bodies.map(({ body }) => body.regionCode));
    for (const prefecture of ['513200', '513300', '513400']) expect(regions).toContain(prefecture);
    expect(new Set(candidates.map((c) => c.person.document.idNumber)).size).toBe(candidates.length);
  });

  it('declares no more years in the occupation than a candidate has lived since 16 by the session', () => {
    for (const { plan: session, candidates: planned } of sessions) {
      for (const { person, background } of planned) {
        const id = person.document.idNumber;
        const born = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
        const age =
          Number(session.date.slice(0, 4)) - Number(born.slice(0, 4)) - (session.date.slice(5) < born.slice(5) ? 1 : 0);
        expect(background.yearsInOccupation).toBeLessThanOrEqual(age - 16);
      }
    }
  });

  it('passes and fails candidates by the rule of docs/domain.md §2.2', () => {
    for (const { plan: session, candidates: planned } of sessions) {
      for (const c of planned) expect(c.passed).toBe(c.scores !== null && passes(c.scores, partsOf(session.level)));
    }
    const share = candidates.filter((c) => c.passed).length / candidates.length;
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.85);
  });

  it('schedules only what each body filed, with its own supervisor and examiners', () => {
    for (const { body, plan: session } of sessions) {
      const filing = body.filings.find((f) => f.occupation.code === session.occupationCode);
      expect(filing?.levels).toContain(session.level);
      expect(session.examinerIds.every((id) => id.startsWith(body.bodyId))).toBe(true);
    }
  });

  it('makes a passed 高级工 welder the contest winner who becomes 首席技师, her exam seeded first', () => {
    expect(plan.chief).toMatchObject({ occupationCode: '6-18-02-04', body: { category: 'employer' } });
    expect(['level2', 'level3', 'level4']).toContain(plan.chief.level);
    expect(plan.sessions.first.length).toBe(1);
    expect(plan.appointments.map((a) => a.post)).toEqual([
      'principal-technician',
      'principal-technician',
      'chief-technician',
    ]);
    expect(plan.appointments.at(-1)).toMatchObject({ termStart: '2025-07-01', termEnd: '2028-07-01' });
  });

  it('dates every cause of a certificate in 2023–2025: sessions, confirmations and posts', () => {
    const years = [
      ...sessions.map((s) => s.plan.date),
      ...plan.competitions.map((c) => c.confirmedOn),
      ...plan.appointments.map((a) => a.termStart),
    ].map((date) => date.slice(0, 4));
    expect(new Set(years)).toEqual(new Set(['2023', '2024', '2025']));
  });
});
