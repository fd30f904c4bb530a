import { randomInt } from 'node:crypto';
import { type Random, seededRandom } from '@tianfu/testing';
import type { NewBody, NewExaminer, NewSupervisor, Person } from '../api-types.ts';
import { bodyFilingNo, unifiedSocialCreditCode } from '../bodies/body-codes.ts';
import { demoPeople } from '../people/demo-people.ts';
import { demoOccupations } from '../seed/demo-occupations.ts';

/** Who takes part in one run of the journey: new to the platform every time, so runs can repeat. */
export interface JourneyCast {
  readonly runId: string;
  readonly random: Random;
  /** An enterprise that assesses its own staff (Y-coded) and later appoints them. */
  readonly body: NewBody;
  readonly seniors: readonly NewExaminer[];
  readonly supervisor: NewSupervisor;
  readonly worker: Person;
}

const region = '510100';

/** A fresh cast from a random seed: a MOHRSS-coded 备案号 (code 1000–9999) keeps it apart from the seed's. */
export function journeyCast(seed = randomInt(2 ** 31)): JourneyCast {
  const random = seededRandom(seed);
  const runId = seed.toString(36);
  const people = demoPeople();
  const person = (born: { from: number; to: number }) => {
    const { document, name } = people(random, region, born);
    return { document, name };
  };
  const bodyId = `e2e-${runId}`;
  const body: NewBody = {
    bodyId,
    filingNo: bodyFilingNo('employer', random.int(0, 999_999), random.int(1000, 9999)),
    name: `四川蜀能电气装备有限公司（${runId}）`,
    creditCode: unifiedSocialCreditCode(random, 'employer', '510107'),
    regionCode: region,
    category: 'employer',
  };
  const seniors = [1, 2].map(
    (n): NewExaminer => ({
      examinerId: `${bodyId}-kp${n}`,
      ...person({ from: 1960, to: 1980 }),
      grade: 'senior-examiner',
      qualifications: [{ occupationCode: demoOccupations.electrician.code, levels: ['level3', 'level2', 'level1'] }],
    }),
  );
  const supervisor: NewSupervisor = {
    supervisorId: `${bodyId}-dd1`,
    ...person({ from: 1965, to: 1985 }),
    kind: 'internal',
    bodyId,
  };
  return { runId, random, body, seniors, supervisor, worker: person({ from: 1978, to: 1992 }) };
}
