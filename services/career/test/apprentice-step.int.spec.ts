import type { WorkerId } from '@tianfu/contracts';
import { uniqueName, waitUntil } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { apprenticeshipCompleted } from './career-samples.ts';
import { useCareerOnTrainingTopic } from './training-topic.ts';

const workerId = 'e1'.repeat(32);
const clock = () => new Date('2027-03-01T00:00:00.000Z');
const { started, handled, get } = useCareerOnTrainingTopic('career-apprentice', clock);

describe('the 学徒工 step from tianfu.training.events (docs/domain.md §1, §7.6)', () => {
  it('an apprenticeship completed → the ladder shows 学徒工 with its source and date; delivered three times, it counts once', async () => {
    const [apprenticeName] = await started().storage.vault.sealNames([
      { workerId: workerId as WorkerId, name: '李小川' },
    ]);
    const sample = apprenticeshipCompleted(workerId, uniqueName('ap'), '2026-12-31');
    const completed = { ...sample, data: { ...(sample.data as object), apprenticeName } };
    await started().publisher.publish([completed, completed, completed]);
    await waitUntil(
      () => handled.filter((id) => id === completed.eventId).length,
      (n) => n === 3,
      { what: 'the completion handled three times' },
    );
    const read = () => get(`/v1/workers/${workerId}/ladder`);
    const answer = await read();
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().maskedName).toMatch(/^李/);
    const [occupation, ...others] = answer.json().occupations;
    expect(others).toEqual([]);
    expect(occupation).toMatchObject({ occupationCode: '4-03-02-01', current: 'apprentice' });
    expect(occupation.steps).toEqual([
      expect.objectContaining({ level: 'apprentice', label: '学徒工', basis: 'apprenticeship', date: '2026-12-31' }),
    ]);
    expect(occupation.steps[0].sources).toHaveLength(1);
    expect(await started().storage.readSide().facts.factsOf(workerId)).toHaveLength(1);
    // Erased (docs/domain.md §6.3): the step stays, the name goes.
    await started().storage.vault.erase(workerId as WorkerId);
    const erased = (await read()).json();
    expect(erased.maskedName).toBeNull();
    expect(erased.occupations[0].steps).toEqual(occupation.steps);
  });
});
