import { randomUUID } from 'node:crypto';
import { createClients, ok } from '@tianfu/api-client';
import { usccCheckChar } from '@tianfu/contracts';
import { connectPlatform, demoOccupations, onceAccepted, seedCatalogue } from '@tianfu/demo';
import { platformUrls, residentIdNumber, waitUntil } from '@tianfu/testing';
import { devToken } from './office-fixtures.ts';

const electrician = demoOccupations.electrician.code;
const day = (fromToday: number) => new Date(Date.now() + fromToday * 86_400_000).toISOString().slice(0, 10);
const creditCode = (first17: string) => `${first17}${usccCheckChar(first17)}`;

/**
 * A worker of this run's own with a training record: a 电工 四级 apprenticeship of two years that
 * completed today (the 学徒工 step), and a class next week they are enrolled in, both with a 技工院校
 * the training office registers. Waits until career shows both in the record.
 */
export async function apprenticeWithRecord() {
  await seedCatalogue(await connectPlatform(), () => {});
  const { training } = createClients({ baseUrls: platformUrls(), token: await devToken('training-office') });
  const { career } = createClients({ baseUrls: platformUrls(), token: await devToken('hr') });
  const run = randomUUID().slice(0, 8);
  const providerId = `e2e-school-${run}`;
  const document = {
    idType: 'resident-id-card' as const,
    idNumber: residentIdNumber(Math.floor(Math.random() * 900_000), '510104'),
  };
  const items = [{ kind: 'occupation' as const, code: electrician }];
  const provider = {
    providerId,
    kind: 'technical-school' as const,
    name: '四川省电力技师学院',
    regionCode: '510100' as const,
  };
  await ok(
    training.POST('/v1/providers', { body: { ...provider, creditCode: creditCode('52510100MA6CUXR01'), items } }),
  );
  const agree = () =>
    ok(
      training.POST('/v1/apprenticeships', {
        body: {
          apprenticeshipId: `e2e-ap-${run}`,
          employer: {
            name: '四川某电力工程有限公司',
            creditCode: creditCode('91510100MA6CUXR02'),
            regionCode: '510100',
          },
          providerId,
          document,
          name: '赵学徒',
          mentorName: '钱师傅',
          teacherName: '孙老师',
          occupationCode: electrician,
          targetLevel: 'level4',
          startsOn: day(-730),
          plannedEndOn: day(-1),
        },
      }),
    );
  const { apprenticeshipId } = await onceAccepted(agree, ['ITEM_NOT_IN_CATALOGUE'], {
    what: `training to hold ${electrician} from the catalogue`,
    timeoutMs: 120_000,
    intervalMs: 500,
  });
  const path = { params: { path: { apprenticeshipId } } };
  const step = { progressId: 'year-1', on: day(-365), stage: '岗位实操', hours: 600 };
  await ok(training.POST('/v1/apprenticeships/{apprenticeshipId}/progress', { ...path, body: step }));
  await ok(
    training.POST('/v1/apprenticeships/{apprenticeshipId}/complete', { ...path, body: { completedOn: day(0) } }),
  );
  const classId = `e2e-class-${run}`;
  const sitting = { sittingId: 's1', date: day(7), start: '09:00', end: '17:00', theoryHours: 3, practicalHours: 4 };
  const filed = {
    classId,
    name: '电工（四级）岗位技能提升培训班',
    item: { kind: 'occupation' as const, code: electrician },
    targetLevel: 'level4' as const,
    kind: 'upskilling' as const,
    deliveryModel: 'project' as const,
    sittings: [sitting],
    capacity: 30,
    subsidised: true,
  };
  await ok(training.POST('/v1/providers/{providerId}/classes', { params: { path: { providerId } }, body: filed }));
  const enrolment = { document, name: '赵学徒', targetGroups: ['employee' as const] };
  await ok(training.POST('/v1/classes/{classId}/enrolments', { params: { path: { classId } }, body: enrolment }));
  const { workerId } = await ok(career.POST('/v1/workers/lookup', { body: document }));
  await waitUntil(
    () => ok(career.GET('/v1/workers/{workerId}/record', { params: { path: { workerId } } })).catch(() => null),
    (record) => record?.apprenticeships[0]?.status === 'completed' && record.entries[0]?.class !== null,
    { what: 'the apprenticeship and the class in career’s record', timeoutMs: 180_000, intervalMs: 1_000 },
  );
  return { workerId, apprenticeshipId, classId };
}
