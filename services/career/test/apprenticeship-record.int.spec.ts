import type { WorkerId } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { apprenticeshipAgreed, apprenticeshipTerminated, progressRecorded } from './apprenticeship-samples.ts';
import { apprenticeshipCompleted } from './career-samples.ts';
import { providerRegistered } from './training-samples.ts';
import { useCareerOnTrainingTopic } from './training-topic.ts';

const workerId = 'e2'.repeat(32);
const clock = () => new Date('2027-03-01T00:00:00.000Z');
const { started, publishAndWait, get } = useCareerOnTrainingTopic('career-ap-record', clock);

const record = async () => {
  const answer = await get(`/v1/workers/${workerId}/record`, { role: 'worker', workerId });
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json();
};

describe('apprenticeships in the lifelong training record, from tianfu.training.events (docs/domain.md §7.6, §7.7)', () => {
  it('shows each apprenticeship once, through redelivery, with its course to completion or termination, and keeps it after erasure', async () => {
    const events = [
      providerRegistered('p-ap', '510100'),
      apprenticeshipAgreed(workerId, 'ap-old', 'p-ap', '2022-03-01'),
      apprenticeshipTerminated(workerId, 'ap-old', '2022-10-31'),
      apprenticeshipAgreed(workerId, 'ap-new', 'p-ap', '2025-01-01'),
      progressRecorded(workerId, 'ap-new', 'q1', '2025-06-30', 320),
      progressRecorded(workerId, 'ap-new', 'q2', '2026-06-30', 320),
      apprenticeshipCompleted(workerId, 'ap-new', '2026-12-31'),
    ];
    // Delivered twice over (a relay that republished after a crash): nothing counts twice.
    await publishAndWait([...events, ...events]);
    const expected = [
      expect.objectContaining({
        entry: 'apprenticeship',
        apprenticeshipId: 'ap-new',
        employer: { name: '成都蜀味餐饮集团有限公司', regionCode: '510100' },
        provider: { name: 'p-ap 技师学院', kind: 'technical-school', regionCode: '510100' },
        occupationCode: '4-03-02-01',
        occupationName: '中式烹调师',
        targetLevel: 'level4',
        startsOn: '2025-01-01',
        plannedEndOn: '2026-12-31',
        status: 'completed',
        endedOn: '2026-12-31',
        trainedHours: 640,
      }),
      expect.objectContaining({
        apprenticeshipId: 'ap-old',
        status: 'terminated',
        endedOn: '2022-10-31',
        endReasonCode: 'apprentice-withdrew',
        trainedHours: 0,
      }),
    ];
    const read = await record();
    expect(read.apprenticeships).toEqual(expected);
    expect(read.entries).toEqual([]);
    expect(JSON.stringify(read)).not.toMatch(/n1\.|申请解除|岗位实操/);

    await started().storage.vault.erase(workerId as WorkerId);
    expect((await record()).apprenticeships).toEqual(expected);
  });
});
