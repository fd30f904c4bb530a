import { describe, expect, it } from 'vitest';
import { projectEnvelope } from '../src/application/career-policy.ts';
import { ReadIndex } from '../src/application/read-index.ts';
import type { CareerFact } from '../src/domain/career-facts.ts';
import { trainingRecord } from '../src/domain/training-record.ts';
import { apprenticeshipAgreed, apprenticeshipTerminated, progressRecorded } from './apprenticeship-samples.ts';
import { apprenticeshipCompleted, type eventEnvelope } from './career-samples.ts';
import { providerRegistered } from './training-samples.ts';

const workerId = 'e'.repeat(64);

// Given training's events as career reads them: facts for the worker, references into an index.
const given = (...envelopes: ReturnType<typeof eventEnvelope>[]) => {
  const index = new ReadIndex();
  const facts: CareerFact[] = [];
  for (const envelope of envelopes) {
    const projected = projectEnvelope(envelope);
    if (projected === null) continue;
    index.putReferences(projected.references);
    facts.push(...projected.facts);
  }
  return { index, record: () => trainingRecord(workerId, facts, index) };
};

describe('apprenticeships in the lifelong training record (docs/domain.md §7.6, §7.7)', () => {
  it('given an agreement with progress, when the record is read, then it shows it active with employer, provider, occupation, level, dates and hours', () => {
    const { record } = given(
      providerRegistered('p-1', '510100'),
      apprenticeshipAgreed(workerId, 'ap-1', 'p-1', '2025-01-01'),
      progressRecorded(workerId, 'ap-1', 'q2', '2025-09-30', 200),
      progressRecorded(workerId, 'ap-1', 'q1', '2025-06-30', 120),
    );
    expect(record().apprenticeships).toEqual([
      {
        entry: 'apprenticeship',
        apprenticeshipId: 'ap-1',
        employer: { name: '成都蜀味餐饮集团有限公司', regionCode: '510100' },
        providerId: 'p-1',
        provider: expect.objectContaining({ name: 'p-1 技师学院', providerKind: 'technical-school' }),
        occupationCode: '4-03-02-01',
        targetLevel: 'level4',
        startsOn: '2025-01-01',
        plannedEndOn: '2026-12-31',
        status: 'active',
        endedOn: null,
        endReasonCode: null,
        progress: [
          { on: '2025-06-30', hours: 120 },
          { on: '2025-09-30', hours: 200 },
        ],
        trainedHours: 320,
      },
    ]);
    expect(record().entries).toEqual([]);
  });

  it('given it completed, then completed on its day; given another terminated, then terminated with the date and reason code', () => {
    const { record } = given(
      apprenticeshipAgreed(workerId, 'ap-old', 'p-1', '2022-03-01'),
      apprenticeshipTerminated(workerId, 'ap-old', '2022-10-31'),
      apprenticeshipCompleted(workerId, 'ap-new', '2026-12-31'),
      apprenticeshipAgreed(workerId, 'ap-new', 'p-1', '2025-01-01'),
    );
    expect(record().apprenticeships).toMatchObject([
      { apprenticeshipId: 'ap-new', status: 'completed', endedOn: '2026-12-31', endReasonCode: null, provider: null },
      { apprenticeshipId: 'ap-old', status: 'terminated', endedOn: '2022-10-31', endReasonCode: 'apprentice-withdrew' },
    ]);
  });

  it('given a termination stored before reason codes, then it reads as `other`', () => {
    const { record } = given(
      apprenticeshipAgreed(workerId, 'ap-1', 'p-1'),
      apprenticeshipTerminated(workerId, 'ap-1', '2025-05-31', 1),
    );
    expect(record().apprenticeships[0]).toMatchObject({ status: 'terminated', endReasonCode: 'other' });
  });

  it('given every event delivered twice, then each agreement and each step of progress counts once', () => {
    const events = [
      apprenticeshipAgreed(workerId, 'ap-1', 'p-1'),
      progressRecorded(workerId, 'ap-1', 'q1', '2025-06-30', 120),
    ];
    // A redelivery is the same event (same id) again; a retried progress record is another event with the same progressId.
    const { record } = given(...events, ...events, progressRecorded(workerId, 'ap-1', 'q1', '2025-06-30', 120));
    expect(record().apprenticeships).toHaveLength(1);
    expect(record().apprenticeships[0]).toMatchObject({
      trainedHours: 120,
      progress: [{ on: '2025-06-30', hours: 120 }],
    });
  });

  it('shows no sealed name and no free text of training: not the stage, not the reason', () => {
    const { record } = given(
      apprenticeshipAgreed(workerId, 'ap-1', 'p-1'),
      progressRecorded(workerId, 'ap-1', 'q1', '2025-06-30', 120),
      apprenticeshipTerminated(workerId, 'ap-1', '2025-07-31'),
    );
    expect(JSON.stringify(record())).not.toMatch(/n1\.|岗位实操|申请解除/);
  });
});
