import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@tianfu/contracts';
import { certificateFactsPolicy } from '@tianfu/platform-certificates';
import { uniqueName, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionApp, competitionBody, entrantBody, idNumberOf, organiser } from './http-fixtures.ts';

const db = useTestDatabase('competition-platform-level');
let fixture: Awaited<ReturnType<typeof competitionApp>>;

beforeAll(async () => {
  fixture = await competitionApp(db());
}, 60_000);

afterAll(async () => {
  await fixture?.app.close();
});

const issuedTo = (workerId: string, level: string): EventEnvelope => ({
  eventId: randomUUID(),
  type: 'certification.CertificateIssued',
  schemaVersion: 1,
  streamId: 'certificate-x',
  revision: 1,
  occurredAt: '2024-06-01T00:00:00.000Z',
  recordedAt: '2024-06-01T00:00:00.000Z',
  actor: { kind: 'service', id: 'certification' },
  correlationId: randomUUID(),
  causationId: null,
  workerId,
  data: {
    certificateId: randomUUID(),
    certificateNo: 'Y000051001064242000077',
    workerId,
    bodyId: 'b-1',
    filingNo: 'Y000051001064',
    bodyName: '四川省某技师学院',
    occupationCode: '6-18-02-04',
    workType: '--',
    level,
    issuedOn: '2024-06-01',
    printSerial: 'Y000051001064242000077-1',
    holderName: null,
    statusEntry: { listId: 'l1', index: 7 },
    basis: { path: 'exam', sourceEventId: null, reference: 'session s-9 candidate 00001' },
    issuedAt: '2024-06-01T00:00:00.000Z',
  },
});

describe('an entrant\'s level is the one the platform knows (docs/domain.md §4.1 "one level up if already at L")', () => {
  it('a 技师 by certificate, declaring nothing, is promoted to 高级技师 by a national 优胜奖', async () => {
    const { workerId } = fixture.storage.personalData.identify({ idType: 'resident-id-card', idNumber: idNumberOf(7) });
    const context = { topic: 'tianfu.certification.events', partition: 0, offset: '0', key: workerId };
    await certificateFactsPolicy(fixture.storage.certificates)(issuedTo(workerId, 'level2'), context);
    const post = async (url: string, payload: object) =>
      fixture.app.inject({ method: 'POST', url, payload, headers: await organiser() });
    const id = uniqueName('c');
    expect((await post('/v1/competitions', competitionBody(id))).statusCode).toBe(201);
    const entered = await post(`/v1/competitions/${id}/entrants`, entrantBody(7, '赵技师'));
    expect(entered.json()).toMatchObject({ workerId, heldLevel: 'level2' });
    const results = [{ entrantId: 'W-7', rank: 8, medal: 'excellence', score: 80 }];
    await post(`/v1/competitions/${id}/results`, { contestEventId: 'welding', results });
    expect((await post(`/v1/competitions/${id}/confirm`, { contestEventId: 'welding' })).statusCode).toBe(200);
    const stream = await fixture.storage.store.readStream(`competition-${id}`);
    const promoted = stream.events.filter((e) => e.type === 'competition.PromotionAwarded').map((e) => e.data);
    expect(promoted).toEqual([expect.objectContaining({ workerId, fromLevel: 'level2', level: 'level1' })]);
  });
});
