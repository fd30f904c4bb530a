import type { EventEnvelope } from '@tianfu/contracts';
import {
  createKafkaPublisher,
  createProcessedEvents,
  type KafkaPublisher,
  kafkaClient,
  type RunningConsumer,
  runPolicyConsumer,
} from '@tianfu/messaging';
import { type App, signToken } from '@tianfu/service-kit';
import { createTestTopic, testBrokers, testEnvelope, uniqueName, useTestDatabase, waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { assessmentUsagePolicy, type UsageFacts } from '../src/application/assessment-usage.ts';
import { usageOf } from '../src/domain/catalogue-usage.ts';
import { catalogueStorage } from '../src/storage.ts';

const SECRET = 'catalogue-usage-secret-at-least-32-chars';
const db = useTestDatabase('catalogue-usage');
const code = '6-31-01-03';
const body = { bodyId: uniqueName('body'), filingNo: 'Y000051001064', bodyName: '攀枝花市电力技工学校' };
const sessionId = uniqueName('session');
let app: App;
let usage: UsageFacts;
let publisher: KafkaPublisher;
let consumer: RunningConsumer;
let admin: Record<string, string>;

beforeAll(async () => {
  const clock = () => new Date();
  const storage = await catalogueStorage(db(), clock);
  usage = storage.usage;
  ({ app } = await buildApp({ ...storage, authSecret: SECRET, clock, version: 'test', logLevel: 'silent' }));
  admin = {
    authorization: `Bearer ${await signToken({ secret: SECRET, principal: { sub: 'authority', role: 'admin' } })}`,
  };
  const topic = await createTestTopic('assessment-events');
  const kafka = kafkaClient(testBrokers(), 'catalogue-usage-test');
  publisher = createKafkaPublisher({ kafka, topic, timeoutMs: 5_000 });
  consumer = await runPolicyConsumer({
    kafka,
    topics: [topic],
    groupId: uniqueName('catalogue-assessment-usage'),
    handle: assessmentUsagePolicy(usage),
    processed: createProcessedEvents(db(), 'assessment-usage'),
    logger: app.log,
    registry: app.metrics,
  });
}, 60_000);

afterAll(async () => {
  await consumer?.stop();
  await publisher?.disconnect();
  await app?.close();
});

/** An assessment event as its service puts it on the topic: no worker, keyed by its stream. */
const assessmentEvent = (type: string, streamId: string, revision: number, data: object): EventEnvelope =>
  testEnvelope({ type, streamId, revision, data });
const at = () => new Date().toISOString();
const bodyStream = `body-${body.bodyId}`;
const filed = assessmentEvent('assessment.OccupationFiled', bodyStream, 2, {
  bodyId: body.bodyId,
  occupationCode: code,
  standardVersion: '2018',
  levels: ['level3', 'level2'],
  filedAt: at(),
});
const scheduled = assessmentEvent('assessment.SessionScheduled', `session-${sessionId}`, 1, {
  sessionId,
  ...body,
  occupationCode: code,
  standardVersion: '2018',
  workType: '维修电工',
  level: 'level3',
  date: '2026-03-01',
  venue: '攀枝花市东区实训楼',
  examiners: [{ examinerId: 'examiner-1', workerId: 'a'.repeat(64), grade: 'examiner' }],
  supervisorId: 'R51250001',
  parts: ['theory', 'practical'],
  scheduledAt: at(),
});

const csv = (lines: string[]) => Buffer.from(lines.join('\n'));
const occupations = csv([
  '编码,名称,工种',
  '6,生产制造及有关人员,',
  '6-31,电力、热力、气体、水生产和输配人员,',
  '6-31-01,电力设备安装、运行、检修及供电人员,',
  `${code},电工,维修电工`,
]);
const standards = csv([
  '职业编码,版本,标准名称,等级,申报条件模板,施行日期',
  `${code},2018,国家职业技能标准 电工,5;4;3;2;1,A,2018-12-01`,
  `${code},2024,国家职业技能标准 电工（2024年版）,5;4;3;2;1,A,2024-06-01`,
]);

const post = (url: string, payload: object | Buffer) =>
  app.inject({
    method: 'POST',
    url,
    payload,
    headers: { ...admin, 'content-type': Buffer.isBuffer(payload) ? 'text/csv' : 'application/json' },
  });
const retire = (path: string) =>
  post(`/v1/catalogue/occupations/${code}${path}/retire`, { retiredOn: '2026-06-01', reason: '大典修订' });
const usedBy = (what: string, sessions: number, filings: number) =>
  waitUntil(
    async () => usageOf(await usage.of(code), { occupationCode: code }),
    (u) => u.sessions.length === sessions && u.filings.length === filings,
    { what, timeoutMs: 30_000 },
  );

describe('retiring what assessment still uses (assessment events on a real Kafka topic)', () => {
  it('refuses while a session is open or a filing stands, naming them; supersedes meanwhile; retires once both end', async () => {
    const reason = encodeURIComponent('导入大典');
    expect((await post(`/v1/catalogue/imports/occupations.csv?reason=${reason}`, occupations)).statusCode).toBe(200);
    expect((await post(`/v1/catalogue/imports/standards.csv?reason=${reason}`, standards)).statusCode).toBe(200);
    // The filing delivered twice, as a redelivery would: it counts once.
    await publisher.publish([filed, scheduled, filed]);
    await usedBy('the filing and the session to arrive', 1, 1);

    const refused = await retire('/standards/2018');
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      code: 'ENTRY_IN_USE',
      errors: [{ field: 'version', rule: 'entry_in_use' }],
      sessions: { count: 1, ids: [sessionId] },
      filings: { count: 1, ids: [body.bodyId] },
    });
    const supersede = { supersededOn: '2024-06-01', successorVersion: '2024', reason: '新版标准施行' };
    expect((await post(`/v1/catalogue/occupations/${code}/standards/2018/supersede`, supersede)).statusCode).toBe(200);

    await publisher.publish([
      assessmentEvent('assessment.SessionClosed', `session-${sessionId}`, 9, { sessionId, closedAt: at() }),
    ]);
    await usedBy('the session to close', 0, 1);
    expect((await retire('')).json()).toMatchObject({
      code: 'ENTRY_IN_USE',
      sessions: { count: 0 },
      filings: { count: 1 },
    });

    const withdrawn = assessmentEvent('assessment.FilingWithdrawn', bodyStream, 3, {
      bodyId: body.bodyId,
      occupationCode: code,
      reason: '撤销备案',
      withdrawnAt: at(),
    });
    await publisher.publish([withdrawn]);
    await usedBy('the filing to be withdrawn', 0, 0);
    // The withdrawal follows the filings in their partition: the redelivered filing was handled by now.
    expect((await usage.of(code)).filter((f) => f.kind === 'filed')).toHaveLength(1);
    expect((await retire('/standards/2018')).statusCode).toBe(200);
    const retired = await retire('');
    expect(retired.statusCode).toBe(200);
    expect(retired.json()).toMatchObject({ code, retiredOn: '2026-06-01' });
  });
});
