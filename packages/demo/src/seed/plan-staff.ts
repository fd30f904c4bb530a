import { randomFor } from '@tianfu/testing';
import type { CertifiedLevel, NewExaminer, NewSupervisor } from '../api-types.ts';
import type { DemoPeople } from '../people/demo-people.ts';
import type { DemoBody } from './demo-bodies.ts';

/** A body's examiners (考评员: two senior, one not) and its quality supervisor (督导员). */
export interface BodyStaff {
  readonly seniors: readonly NewExaminer[];
  readonly examiner: NewExaminer;
  readonly supervisor: NewSupervisor;
}

const panelLevels: readonly CertifiedLevel[] = ['level2', 'level1'];
const staffBorn = { from: 1962, to: 1986 };

/**
 * Senior examiners for everything the body filed; the other examiner up to 三级, since 技师 and
 * 高级技师 need senior ones (docs/domain.md §2.1). Social organisations get an external supervisor
 * (外督, card R + 51 + year + serial), employers and colleges an internal one.
 */
export function planStaff(body: DemoBody, people: DemoPeople): BodyStaff {
  const random = randomFor(`staff:${body.bodyId}`);
  const person = () => {
    const { document, name } = people(random, body.regionCode, staffBorn);
    return { document, name };
  };
  const qualifications = (levels: (l: CertifiedLevel) => boolean) =>
    body.filings
      .map(({ occupation, levels: filed }) => ({ occupationCode: occupation.code, levels: filed.filter(levels) }))
      .filter((q) => q.levels.length > 0);
  const examiner = (n: number, grade: NewExaminer['grade']): NewExaminer => ({
    examinerId: `${body.bodyId}-kp${n}`,
    ...person(),
    grade,
    qualifications: qualifications((l) => grade === 'senior-examiner' || !panelLevels.includes(l)),
  });
  const seniors = [examiner(1, 'senior-examiner'), examiner(2, 'senior-examiner')];
  const supervisorId = `${body.bodyId}-dd1`;
  const supervisor: NewSupervisor =
    body.category === 'social-organisation'
      ? { supervisorId, ...person(), kind: 'external', cardNo: `R5122${String(body.sequence).padStart(4, '0')}` }
      : { supervisorId, ...person(), kind: 'internal', bodyId: body.bodyId };
  return { seniors, examiner: examiner(3, 'examiner'), supervisor };
}
