import { createProcessedEvents, type RunningConsumer, runPolicyConsumer } from '@tianfu/messaging';
import { createTestTopic, relayToTopic, testKafka, uniqueName, useTestDatabase, waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionApp, competitionBody, entrantBody, organiser } from '../../competition/test/http-fixtures.ts';
import { certificationApp } from './http-fixtures.ts';

const db = useTestDatabase('competition-to-certificate');
const handled: string[] = [];
let competition: Awaited<ReturnType<typeof competitionApp>>;
let certification: Awaited<ReturnType<typeof certificationApp>>;
let relay: ReturnType<typeof relayToTopic>;
let consumer: RunningConsumer;

beforeAll(async () => {
  const topic = await createTestTopic('competition-events');
  competition = await competitionApp(db());
  certification = await certificationApp(db());
  relay = relayToTopic(competition.storage.store, topic);
  // Certification's own policy, as its main runs it, on this test's competition topic.
  consumer = await runPolicyConsumer({
    kafka: testKafka('promotion-test-certification'),
    groupId: uniqueName('certification-issuance'),
    topics: [topic],
    handle: async (event) => {
      await certification.policy(event);
      handled.push(event.eventId);
    },
    processed: createProcessedEvents(db(), uniqueName('issuance')),
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    registry: certification.app.metrics,
    maxWaitTimeMs: 100,
  });
}, 120_000);

afterAll(async () => {
  await consumer?.stop();
  await relay?.stop();
  await Promise.all([competition?.app.close(), certification?.app.close()]);
}, 60_000);

describe('competition → certification across the real broker', () => {
  it('a confirmed national result for a 技师 entrant gives one 高级技师 certificate with basis competition, however often confirmed or delivered', async () => {
    const post = async (url: string, payload: object) =>
      competition.app.inject({ method: 'POST', url, payload, headers: await organiser() });
    const id = uniqueName('c');
    expect((await post('/v1/competitions', competitionBody(id))).statusCode).toBe(201);
    expect(
      (await post(`/v1/competitions/${id}/entrants`, entrantBody(1, '欧阳建国', { heldLevel: 'level2' }))).statusCode,
    ).toBe(201);
    const results = [{ entrantId: 'W-1', rank: 6, medal: 'excellence', score: 81 }];
    expect((await post(`/v1/competitions/${id}/results`, { contestEventId: 'welding', results })).statusCode).toBe(200);
    for (let n = 0; n < 2; n++) {
      expect((await post(`/v1/competitions/${id}/confirm`, { contestEventId: 'welding' })).statusCode).toBe(200);
    }
    const promotions = async () =>
      (await competition.storage.store.readStream(`competition-${id}`)).events.filter(
        (e) => e.type === 'competition.PromotionAwarded',
      );
    await waitUntil(promotions, (found) => found.length === 1 && handled.includes(found[0]?.eventId ?? ''), {
      timeoutMs: 60_000,
      what: 'the PromotionAwarded handled by certification',
    });
    const [awarded] = await promotions();
    // Delivered again after its dedupe marker was lost (a crash between effect and mark): the id derived from the event holds.
    await certification.policy(awarded as never);
    const records = await certification.storage.records.find({ basisPath: 'competition' }).toArray();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ level: 'level1', occupationCode: '6-18-02-04', status: 'valid' });
    expect(records[0]?.basisReference).toContain('W-1');
    const verified = await certification.app.inject({
      method: 'POST',
      url: '/v1/verify',
      payload: { certificateNo: records[0]?._id, name: '欧阳建国' },
    });
    expect(verified.json()).toMatchObject({ result: 'valid', certificate: { levelLabel: '一级/高级技师' } });
  }, 120_000);
});
