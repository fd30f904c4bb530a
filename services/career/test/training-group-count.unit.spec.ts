import { describe, expect, it } from 'vitest';
import type { CareerFact } from '../src/domain/career-facts.ts';
import type { TrainingEnrolmentFact, TrainingOutcomeFact } from '../src/domain/training-facts.ts';
import { countsAsMigrantWorker, enrolmentOf } from '../src/domain/training-group-count.ts';

const workerId = 'e'.repeat(64);
const enrolment = (classId: string, enrolmentId: string): TrainingEnrolmentFact => ({
  kind: 'training-enrolment',
  factId: `e-${classId}-${enrolmentId}`,
  workerId,
  date: '2024-02-20',
  classId,
  providerId: 'p-1',
  enrolmentId,
  targetGroups: `g1.sealed-${classId}` as TrainingEnrolmentFact['targetGroups'],
  holderName: `n1.sealed-${classId}` as TrainingEnrolmentFact['holderName'],
});
const outcome: TrainingOutcomeFact = {
  kind: 'training-outcome',
  factId: 'o-1',
  workerId,
  date: '2024-03-04',
  classId: 'c-2',
  enrolmentId: '00007',
  completed: true,
  attendedHours: 14,
  classHours: 14,
  certificateNo: 'PX-1',
};

describe('counting 农民工 among completers (docs/domain.md §5.3, §7.2)', () => {
  it('given the worker’s enrolments, when a completion arrives, then the groups read are those of its class and enrolment', () => {
    const facts: CareerFact[] = [enrolment('c-1', '00007'), enrolment('c-2', '00001'), enrolment('c-2', '00007')];
    expect(enrolmentOf(facts, outcome)?.factId).toBe('e-c-2-00007');
    expect(enrolmentOf(facts.slice(0, 2), outcome)).toBeNull();
  });

  it('given the opened groups, then 农村转移就业劳动者 counts and an erased key (null) does not', () => {
    expect(countsAsMigrantWorker(['rural-migrant', 'veteran'])).toBe(true);
    expect(countsAsMigrantWorker(['veteran'])).toBe(false);
    expect(countsAsMigrantWorker(null)).toBe(false);
  });
});
