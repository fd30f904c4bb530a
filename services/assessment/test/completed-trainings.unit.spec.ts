import type { ApprenticeshipCompletedData } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { completedTrainings } from '../src/domain/completed-trainings.ts';
import { apprenticeshipFact } from '../src/domain/training-facts.ts';
import { workerOf } from './session-fixtures.ts';
import { apprenticeClass, classId, completionOf, enrolmentOf } from './training-fixtures.ts';

const agreement = {
  apprenticeshipId: 'AP-2024-0007',
  workerId: workerOf(7),
  providerId: 'P-0042',
  occupationCode: '6-31-01-03',
  targetLevel: 'level4',
  totalHours: 1600,
  completedOn: '2025-03-31',
} as ApprenticeshipCompletedData;

describe("a worker's completed trainings, joined from the training topic's facts (docs/domain.md §7.5, §7.6)", () => {
  it('given a completion and its class, then the training carries the class, provider, occupation, level, hours and 培训合格证书', () => {
    const byWorker = completedTrainings([completionOf(1), enrolmentOf(1), apprenticeClass]);
    expect(byWorker.get(workerOf(1))).toEqual([
      {
        source: 'class',
        id: classId,
        providerId: 'P-0042',
        occupationCode: '6-31-01-03',
        targetLevel: 'level5',
        kind: 'apprenticeship',
        hours: 480,
        completedOn: '2025-05-30',
        certificateNo: `${classId}-00001`,
      },
    ]);
  });

  it('given a completion whose class has not arrived, or a class of a 专项职业能力 item, then it is no evidence', () => {
    expect(completedTrainings([completionOf(1)]).get(workerOf(1))).toBeUndefined();
    const special = { ...apprenticeClass, item: { kind: 'special-ability', code: 'S51-0012' } } as const;
    expect(completedTrainings([special, completionOf(1)]).get(workerOf(1))).toBeUndefined();
  });

  it('given a completed apprenticeship agreement, then it is a training of kind apprenticeship without a certificate', () => {
    const byWorker = completedTrainings([apprenticeshipFact(agreement)]);
    expect(byWorker.get(workerOf(7))).toEqual([
      {
        source: 'apprenticeship',
        id: 'AP-2024-0007',
        providerId: 'P-0042',
        occupationCode: '6-31-01-03',
        targetLevel: 'level4',
        kind: 'apprenticeship',
        hours: 1600,
        completedOn: '2025-03-31',
        certificateNo: null,
      },
    ]);
  });
});
