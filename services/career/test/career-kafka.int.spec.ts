import { createKafkaPublisher, type KafkaPublisher, runConsumer } from '@tianfu/messaging';
import {
  type App,
  createMetricsRegistry,
  type Principal,
  personalDataConfigSchema,
  signToken,
} from '@tianfu/service-kit';
import { createTestTopic, testKafka, uniqueName, useTestDatabase, waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { careerPolicy } from '../src/application/career-policy.ts';
import { careerStorage } from '../src/storage.ts';
import { bodyRegistered, eventEnvelope } from './career-samples.ts';
import { recordedPolicy } from './recorded-policy.ts';
import { testAppDeps } from './test-app-deps.ts';

const SECRET = 'career-test-secret-at-least-32-characters!!';
const silent = { info: () => {}, warn: () => {}, error: () => {} };
const db = useTestDatabase('career-kafka');
const workerId = 'c0'.repeat(32);
const handled: string[] = [];
let app: App;
let storage: Awaited<ReturnType<typeof careerStorage>>;
let publishers: KafkaPublisher[] = [];
let stop: () => Promise<void>;

const envelope = (type: string, streamId: string, data: object) =>
  eventEnvelope(type, workerId, data, { schemaVersion: type === 'assessment.BodyRegistered' ? 2 : 1, streamId });

const issued = (certificateId: string, level: string, issuedOn: string, path = 'exam') =>
  envelope('certification.CertificateIssued', `certificate-${certificateId}`, {
    certificateId,
    certificateNo: `Y000051001064${issuedOn.slice(2, 4)}${level.slice(-1)}${certificateId.slice(-6)}`,
    workerId,
    bodyId: 'b-1',
    filingNo: 'Y000051001064',
    bodyName: '四川省某技师学院',
    occupationCode: '6-18-02-04',
    workType: '--',
    level,
    issuedOn,
    printSerial: 'x-1',
    holderName: null,
    statusEntry: { listId: 'l1', index: 1 },
    basis: { path, sourceEventId: null, reference: `source of ${certificateId}` },
    issuedAt: `${issuedOn}T08:00:00.000Z`,
  });

const certificates = [
  issued('00000000-0000-4000-8000-000000000001', 'level4', '2019-05-01'),
  issued('00000000-0000-4000-8000-000000000002', 'level3', '2022-06-20'),
  issued('00000000-0000-4000-8000-000000000003', 'level2', '2024-11-02', 'competition'),
];
const revoked = envelope('certification.CertificateRevoked', 'certificate-3', {
  certificateId: '00000000-0000-4000-8000-000000000003',
  workerId,
  at: '2025-02-01T02:00:00.000Z',
  reason: 'fraud',
  note: '弄虚作假',
});
const honour = envelope('talent.HonourGranted', 'honour-g', {
  grantId: `sichuan-technical-expert:2024:${workerId}`,
  workerId,
  holderName: null,
  honour: 'sichuan-technical-expert',
  round: '2024',
  grantedOn: '2024-12-01',
  authority: '四川省人力资源和社会保障厅',
  documentNo: '川人社函〔2024〕1号',
  source: { kind: 'decision' },
});

const body = bodyRegistered('b-1', '513300', '甘孜州某技师学院');
const competition = envelope('competition.CompetitionRegistered', 'competition-c-1', {
  competitionId: 'c-1',
  name: '四川技能大赛—焊工',
  tier: 'provincial-class-1',
  ruleSetId: 'provincial-class-1',
  year: 2024,
  organiser: '四川省人力资源和社会保障厅',
  issuingBody: { bodyId: 'b-1', filingNo: 'Y000051001064', bodyName: '甘孜州某技师学院' },
  contestEvents: [
    {
      contestEventId: 'weld',
      name: '焊接',
      occupationCode: '6-18-02-04',
      workType: '--',
      level: 'level2',
      teamSize: 1,
      track: 'employee',
    },
  ],
  registeredAt: '2024-03-01T00:00:00.000Z',
});
const results = envelope('competition.ResultsPublished', 'competition-c-1', {
  competitionId: 'c-1',
  contestEventId: 'weld',
  results: [{ entrantId: 'e-1', workerId, rank: 1, score: 95, medal: 'gold', prize: '一等奖' }],
  publishedAt: '2024-10-20T02:00:00.000Z',
});

// The app's clock, which also judges the tokens' lifetime.
const clock = () => new Date('2025-06-01T00:00:00.000Z');

beforeAll(async () => {
  const topics: string[] = [];
  for (const name of ['certification', 'talent', 'assessment', 'competition']) topics.push(await createTestTopic(name));
  storage = await careerStorage(db(), db(), personalDataConfigSchema.parse({}), clock);
  ({ app } = await buildApp({
    storage,
    ...testAppDeps(db(), SECRET, clock),
  }));
  const policy = careerPolicy(storage.readSide(), storage.groupCounts);
  const consumer = await runConsumer({
    kafka: testKafka('career-test-consumer'),
    groupId: uniqueName('career'),
    topics,
    handle: recordedPolicy(policy, handled),
    retry: { maxRetries: 2, initialBackoffMs: 10, maxBackoffMs: 100 },
    logger: silent,
    registry: createMetricsRegistry(),
    maxWaitTimeMs: 100,
  });
  stop = () => consumer.stop();
  publishers = topics.map((topic) => createKafkaPublisher({ kafka: testKafka('career-test'), topic }));
}, 120_000);

afterAll(async () => {
  await stop?.();
  await Promise.all(publishers.map((p) => p.disconnect()));
  await app?.close();
}, 60_000);

const hrGet = async (url: string) => {
  const token = await signToken({
    secret: SECRET,
    principal: { sub: 'hr-1', role: 'hr' } satisfies Principal,
    now: clock,
  });
  const response = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const ladder = (asOf?: string) => hrGet(`/v1/workers/${workerId}/ladder${asOf ? `?asOf=${asOf}` : ''}`);

describe('career ladder, talent pool and indicators from all four topics', () => {
  it('builds the ladder with dates and bases, drops a revoked step, and is unchanged when everything arrives twice', async () => {
    const [certificationTopic, talentTopic, assessmentTopic, competitionTopic] = publishers as KafkaPublisher[] as [
      KafkaPublisher,
      KafkaPublisher,
      KafkaPublisher,
      KafkaPublisher,
    ];
    // The revocation arrives before the certificate it revokes, results before their competition,
    // certificates before the body that places them in a region.
    await certificationTopic.publish([revoked, ...certificates]);
    await talentTopic.publish([honour]);
    await competitionTopic.publish([results, competition]);
    await assessmentTopic.publish([body]);
    const all = [revoked, ...certificates, honour, results, competition, body].map((e) => e.eventId);
    await waitUntil(
      () => all.every((id) => handled.includes(id)),
      (done) => done,
      { what: 'all eight events handled' },
    );
    const first = await ladder();
    expect(first.highest).toEqual({ level: 'level3', occupationCode: '6-18-02-04' });
    expect(first.highSkill).toBe(true);
    expect(first.honours.map((h: { name: string }) => h.name)).toEqual(['四川省技术能手']);
    expect(
      first.occupations[0].steps.map((s: { level: string; basis: string; droppedOn: string | null }) => [
        s.level,
        s.basis,
        s.droppedOn,
      ]),
    ).toEqual([
      ['level4', 'exam', null],
      ['level3', 'exam', null],
      ['level2', 'competition', '2025-02-01'],
    ]);
    expect((await ladder('2025-01-15')).highest.level).toBe('level2');
    expect(await storage.readSide().summaries.refresh(workerId)).toMatchObject({
      highest: 'level3',
      highSkill: true,
      factCount: 6,
    });
    expect(first.medals).toEqual([
      {
        competitionId: 'c-1',
        contestEventId: 'weld',
        medal: 'gold',
        rank: 1,
        date: '2024-10-20',
        competitionName: '四川技能大赛—焊工',
      },
    ]);
    const pool = await hrGet('/v1/talent-pool?occupation=6-18&minLevel=level3&region=513300&medal=gold');
    expect(pool.items.map((w: { workerId: string }) => w.workerId)).toEqual([workerId]);
    expect(pool.items[0]).toMatchObject({ region: { code: '513300' }, highest: { level: 'level3' }, medals: ['gold'] });
    expect(pool.facets.region).toEqual({ '513300': 1 });
    const indicators = await hrGet('/v1/indicators?from=2019-01-01&to=2025-12-31&region=513300');
    // Two certificates count (the third was revoked); high-skill since the 三级 of 2022.
    expect(indicators.totals).toMatchObject({ newCertificates: 2, newHighSkill: 1 });

    await certificationTopic.publish([...certificates, revoked]);
    await talentTopic.publish([honour]);
    await competitionTopic.publish([results, competition]);
    await assessmentTopic.publish([body]);
    await waitUntil(
      () => handled.length,
      (n) => n >= 16,
      { what: 'the redeliveries handled' },
    );
    expect(await ladder()).toEqual(first);
    expect(await hrGet('/v1/indicators?from=2019-01-01&to=2025-12-31&region=513300')).toEqual(indicators);
  }, 90_000);
});
