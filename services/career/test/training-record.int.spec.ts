import type { SealedTargetGroups, WorkerId } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { classCompleted, classFiled, providerRegistered, traineeEnrolled, traineeOutcome } from './training-samples.ts';
import { useCareerOnTrainingTopic } from './training-topic.ts';

const migrant = 'd1'.repeat(32) as WorkerId;
const graduate = 'd2'.repeat(32) as WorkerId;
const clock = () => new Date('2025-06-01T00:00:00.000Z');
const { db, started, publishAndWait, get, headersFor } = useCareerOnTrainingTopic('career-training', clock);

describe('training on career’s topic: the lifelong record and the 专栏1 counts (docs/domain.md §5.3, §7)', () => {
  it('records classes for the worker and hr, counts 农民工 once from the sealed groups, and keeps both through redelivery and erasure', async () => {
    const [migrantGroups, graduateGroups] = (await started().storage.vault.sealTargetGroups([
      { workerId: migrant, groups: ['rural-migrant'] },
      { workerId: graduate, groups: ['graduate'] },
    ])) as [SealedTargetGroups, SealedTargetGroups];
    // As training appends them: a trainee's events keyed by the worker, the rest by their stream,
    // so the class's completion may arrive before its trainees' outcomes.
    const events = [
      providerRegistered('p-1', '511300'),
      classFiled('c-1', 'p-1'),
      traineeEnrolled('c-1', 'p-1', '00001', migrant, migrantGroups),
      traineeEnrolled('c-1', 'p-1', '00002', graduate, graduateGroups),
      traineeOutcome('c-1', 'p-1', '00001', migrant, 'PX-C1-00001'),
      traineeOutcome('c-1', 'p-1', '00002', graduate, null),
      classCompleted('c-1', 'p-1'),
    ].map((e) => ({ ...e, streamId: e.type === 'training.ProviderRegistered' ? 'provider-p-1' : 'class-c-1' }));
    await publishAndWait(events);

    const own = await get(`/v1/workers/${migrant}/record`, { role: 'worker', workerId: migrant });
    expect(own.statusCode, own.body).toBe(200);
    const record = own.json();
    expect(record.entries).toEqual([
      expect.objectContaining({
        entry: 'class',
        classId: 'c-1',
        result: 'completed',
        attendedHours: 14,
        certificateNo: 'PX-C1-00001',
        provider: { name: 'p-1 技师学院', kind: 'technical-school', regionCode: '511300' },
        class: expect.objectContaining({ itemName: '中式烹调师', kind: 'employment', subsidised: true }),
      }),
    ]);
    expect(JSON.stringify(record)).not.toMatch(/g1\.|n1\.|rural-migrant/);
    expect((await get(`/v1/workers/${graduate}/record`, { role: 'worker', workerId: migrant })).statusCode).toBe(403);
    expect((await get(`/v1/workers/${graduate}/record`)).json().entries[0]).toMatchObject({ result: 'not-completed' });
    expect((await get(`/v1/workers/${'0'.repeat(64)}/record`)).statusCode).toBe(404);

    const indicators = (await get('/v1/indicators?from=2024-01-01&to=2024-12-31')).json();
    expect(indicators.totals).toMatchObject({ subsidisedTraining: 1, migrantWorkerTraining: 1, apprenticeTraining: 0 });
    expect(indicators.byRegion).toEqual([expect.objectContaining({ regionCode: '511300', subsidisedTraining: 1 })]);
    expect(indicators.brands.find((b: { brand: string }) => b.brand === 'sichuan-cuisine-chef').value).toBe(1);

    const pool = (await get('/v1/talent-pool?trainingBrand=sichuan-cuisine-chef&trainedFrom=2024-01-01')).json();
    expect(pool.items.map((w: { workerId: string }) => w.workerId)).toEqual([migrant]);
    expect(pool.facets.trainingKind).toEqual({ employment: 1 });
    expect(pool.facetNames.trainingBrand).toEqual({ 'sichuan-cuisine-chef': '川菜大师傅 (川菜师傅)' });

    // Everything again (a relay's retry): nothing counts twice.
    await publishAndWait(events.map((e) => ({ ...e })));
    expect((await get(`/v1/workers/${migrant}/record`)).json()).toEqual(record);
    expect((await get('/v1/indicators?from=2024-01-01&to=2024-12-31')).json()).toEqual(indicators);

    // Erasing the 农民工's key leaves the count, and a redelivered completion cannot count it again.
    const erased = await started().app.inject({
      method: 'POST',
      url: `/v1/workers/${migrant}/erasure`,
      headers: await headersFor({ role: 'admin' }),
      payload: { reason: '本人申请删除 (PIPL Art. 47)' },
    });
    expect(erased.statusCode, erased.body).toBe(200);
    await publishAndWait(events.map((e) => ({ ...e })));
    expect((await get('/v1/indicators?from=2024-01-01&to=2024-12-31')).json()).toEqual(indicators);
    // Every completer looked at is listed, not which of them is a 农民工.
    expect(await db().collection('training_group_counts').findOne({})).toEqual({
      _id: 'c-1',
      completedOn: '2024-03-04',
      counted: ['00001'],
      migrantWorkers: 1,
    });
  }, 120_000);
});
