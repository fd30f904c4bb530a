import type { WorkerId } from '@tianfu/contracts';
import type { KafkaPublisher } from '@tianfu/messaging';
import { type App, signToken } from '@tianfu/service-kit';
import { uniqueName, useTestDatabase, waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { careerStorage } from '../src/storage.ts';
import { apprenticeshipCompleted } from './career-samples.ts';
import { careerOnTrainingTopic } from './training-topic.ts';

const SECRET = 'career-test-secret-at-least-32-characters!!';
const db = useTestDatabase('career-apprentice');
const workerId = 'e1'.repeat(32);
const handled: string[] = [];
const clock = () => new Date('2027-03-01T00:00:00.000Z');
let app: App;
let storage: Awaited<ReturnType<typeof careerStorage>>;
let publisher: KafkaPublisher;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ app, storage, publisher, close } = await careerOnTrainingTopic(db(), 'career-apprentice', SECRET, clock, handled));
}, 120_000);

afterAll(() => close?.(), 60_000);

describe('the 学徒工 step from tianfu.training.events (docs/domain.md §1, §7.6)', () => {
  it('an apprenticeship completed → the ladder shows 学徒工 with its source and date; delivered three times, it counts once', async () => {
    const [apprenticeName] = await storage.vault.sealNames([{ workerId: workerId as WorkerId, name: '李小川' }]);
    const sample = apprenticeshipCompleted(workerId, uniqueName('ap'), '2026-12-31');
    const completed = { ...sample, data: { ...(sample.data as object), apprenticeName } };
    await publisher.publish([completed, completed, completed]);
    await waitUntil(
      () => handled.filter((id) => id === completed.eventId).length,
      (n) => n === 3,
      { what: 'the completion handled three times' },
    );
    const token = await signToken({ secret: SECRET, principal: { sub: 'hr-1', role: 'hr' }, now: clock });
    const read = () =>
      app.inject({
        method: 'GET',
        url: `/v1/workers/${workerId}/ladder`,
        headers: { authorization: `Bearer ${token}` },
      });
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
    expect(await storage.readSide().facts.factsOf(workerId)).toHaveLength(1);
    // Erased (docs/domain.md §6.3): the step stays, the name goes.
    await storage.vault.erase(workerId as WorkerId);
    const erased = (await read()).json();
    expect(erased.maskedName).toBeNull();
    expect(erased.occupations[0].steps).toEqual(occupation.steps);
  });
});
