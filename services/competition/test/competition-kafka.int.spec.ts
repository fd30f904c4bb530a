import {
  competitionEvents,
  createEventRegistry,
  type EventEnvelope,
  SealedNameSchema,
  type WorkerId,
} from '@tianfu/contracts';
import type { App } from '@tianfu/service-kit';
import {
  captureLogs,
  createTestTopic,
  recordTopic,
  relayToTopic,
  uniqueName,
  useTestDatabase,
  waitUntil,
} from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionApp, competitionBody, entrantBody, idNumberOf, organiser } from './http-fixtures.ts';

const db = useTestDatabase('competition-kafka');
const logs = captureLogs();
let fixture: Awaited<ReturnType<typeof competitionApp>>;
let app: App;
let relay: ReturnType<typeof relayToTopic>;
let recorded: Awaited<ReturnType<typeof recordTopic>>;

beforeAll(async () => {
  const topic = await createTestTopic('competition-events');
  // Every log line the app writes, at the most talkative level, to search for names and ID numbers.
  fixture = await competitionApp(db(), { logLevel: 'trace', logDestination: logs.destination });
  app = fixture.app;
  relay = relayToTopic(fixture.storage.store, topic);
  recorded = await recordTopic(topic);
}, 120_000);

afterAll(async () => {
  await recorded?.stop();
  await relay?.stop();
  await app?.close();
}, 60_000);

const post = async (url: string, payload: object) =>
  app.inject({ method: 'POST', url, payload, headers: await organiser() });
const ofType = (type: string) => recorded.messages.filter((m) => m.event.type === type);

describe('competition events on Kafka (docs/architecture.md "The flow")', () => {
  it('register → entrants → results → confirm (twice): one PromotionAwarded per promoted worker, keyed by workerId, no name or ID number', async () => {
    const id = uniqueName('c');
    expect((await post('/v1/competitions', competitionBody(id))).statusCode).toBe(201);
    const people = [
      [1, '欧阳建国', 'level2'],
      [2, '李四', null],
      [3, '王五', 'level3'],
    ] as const;
    const workers: WorkerId[] = [];
    for (const [i, name, heldLevel] of people) {
      const entered = await post(`/v1/competitions/${id}/entrants`, entrantBody(i, name, { heldLevel }));
      expect(entered.statusCode, entered.body).toBe(201);
      workers.push(entered.json().workerId);
    }
    const results = [
      { entrantId: 'W-1', rank: 6, medal: 'excellence', score: 81 },
      { entrantId: 'W-2', rank: 1, medal: 'gold', score: 97, prize: '一等奖' },
      { entrantId: 'W-3', rank: 30, score: 55 },
    ];
    expect((await post(`/v1/competitions/${id}/results`, { contestEventId: 'welding', results })).statusCode).toBe(200);
    for (let n = 0; n < 2; n++) {
      expect((await post(`/v1/competitions/${id}/confirm`, { contestEventId: 'welding' })).statusCode).toBe(200);
    }

    await waitUntil(
      () => fixture.storage.store.unpublished(10),
      (pending) => pending.length === 0,
      { what: 'the outbox drained' },
    );
    await waitUntil(
      () => ofType('competition.HonourEarned'),
      (found) => found.length >= 1,
      { timeoutMs: 60_000, what: 'HonourEarned on Kafka' },
    );
    // Keyed by worker, so on different partitions: compared in entrant order.
    const entrantOf = (m: { event: EventEnvelope }) => (m.event.data as { entrantId: string }).entrantId;
    const promotions = ofType('competition.PromotionAwarded').sort((a, b) => entrantOf(a).localeCompare(entrantOf(b)));
    // The 技师 with 优胜奖 → 高级技师, the newcomer with gold → 技师 (docs/domain.md §4.1 [32]); the third nothing.
    expect(promotions.map((m) => [m.key, m.event.data])).toEqual([
      [workers[0], expect.objectContaining({ entrantId: 'W-1', fromLevel: 'level2', level: 'level1' })],
      [workers[1], expect.objectContaining({ entrantId: 'W-2', fromLevel: null, level: 'level2' })],
    ]);
    expect(ofType('competition.HonourEarned').map((m) => [m.key, m.event.data])).toEqual([
      [workers[1], expect.objectContaining({ honour: 'national-technical-expert', ruleId: 'nc1-top-5-nte' })],
    ]);
    expect(ofType('competition.ContestEventConfirmed')).toHaveLength(1);
    // What certification and the talent registry parse with: every message passes its contract.
    const registry = createEventRegistry([...competitionEvents]);
    for (const m of recorded.messages) expect(() => registry.parse(JSON.parse(m.raw))).not.toThrow();

    const [first] = promotions.map((m) => m.event.data as { holderName: unknown });
    const sealed = SealedNameSchema.parse(first?.holderName);
    expect(await fixture.storage.personalData.openNames([{ workerId: workers[0] as WorkerId, sealed }])).toEqual([
      '欧阳建国',
    ]);
    const everything = recorded.messages.map((m) => m.raw + m.key).join('\n') + logs.lines.join('');
    expect(logs.lines.length).toBeGreaterThan(0);
    for (const [i, name] of people) {
      expect(everything).not.toContain(idNumberOf(i));
      expect(everything).not.toContain(name);
    }
  });
});
