import { SealedNameSchema } from '@tianfu/contracts';
import type { App, PersonalDataVault } from '@tianfu/service-kit';
import {
  captureLogs,
  createTestTopic,
  recordTopic,
  relayToTopic,
  residentIdNumber,
  uniqueName,
  useTestDatabase,
  waitUntil,
} from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyStreamId } from '../src/application/body-commands.ts';
import { bearer, testApp, validBody } from './fixtures.ts';
import { enrolment, setUpSession, suiteAddress } from './session-setup.ts';

const db = useTestDatabase('assessment-kafka');
const logs = captureLogs();
const address = suiteAddress();
let app: App;
let vault: PersonalDataVault;
let relay: ReturnType<typeof relayToTopic>;
let recorded: Awaited<ReturnType<typeof recordTopic>>;

beforeAll(async () => {
  const topic = await createTestTopic('assessment-events');
  // Every log line the app writes, at the most talkative level, to search for ID numbers.
  const built = await testApp(db(), { logLevel: 'trace', logDestination: logs.destination });
  relay = relayToTopic(built.store, topic);
  app = built.app;
  vault = built.personalData;
  recorded = await recordTopic(topic);
});

afterAll(async () => {
  await recorded?.stop();
  await relay?.stop();
  await app?.close();
});

const messagesOf = (type: string, count = 1) =>
  waitUntil(
    () => recorded.messages.filter((m) => m.event.type === type),
    (found) => found.length >= count,
    { timeoutMs: 60_000, what: `${count} ${type} on Kafka` },
  );

describe('assessment events on Kafka (docs/architecture.md "The flow": store → outbox relay → topic)', () => {
  it('publishes a body registration keyed by the body stream id', async () => {
    const bodyId = uniqueName('body');
    const headers = await bearer({ sub: 'authority-1', role: 'admin' });
    const response = await app.inject({
      method: 'POST',
      url: '/v1/bodies',
      headers,
      payload: { bodyId, ...validBody },
    });
    expect(response.statusCode).toBe(201);
    const found = await messagesOf('assessment.BodyRegistered');
    const message = found.find((m) => m.event.streamId === bodyStreamId(bodyId));
    expect(message?.key).toBe(bodyStreamId(bodyId));
    expect(message?.event).toMatchObject({ data: { bodyId, ...validBody, kind: 'Y' } });
  });

  it('enrol → scores → CandidatePassed keyed by workerId; no raw ID number in the topic or the logs', async () => {
    const { sessionId, token, bodyId, examinerIdNumber } = await setUpSession(app, address);
    const idNumber = residentIdNumber(7, address);
    const enrolled = await app.inject({
      method: 'POST',
      url: `/v1/sessions/${sessionId}/candidates`,
      headers: token,
      payload: enrolment(idNumber, '张三'),
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    const candidate = enrolled.json();
    expect(candidate).toMatchObject({
      name: '张三',
      maskedIdNumber: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
    });

    const scored = await app.inject({
      method: 'PUT',
      url: `/v1/sessions/${sessionId}/candidates/${candidate.candidateId}/scores`,
      headers: token,
      payload: { theory: 78, practical: 64.5 },
    });
    expect(scored.statusCode, scored.body).toBe(200);
    expect(scored.json()).toMatchObject({ outcome: 'passed', scores: { theory: 78, practical: 64.5 } });

    const passed =
      (await messagesOf('assessment.CandidatePassed')).find((m) => m.event.workerId === candidate.workerId) ??
      expect.fail('no CandidatePassed of the candidate');
    expect(passed.key).toBe(candidate.workerId);
    expect(passed.event.data).toMatchObject({
      sessionId,
      bodyId,
      filingNo: validBody.filingNo,
      occupationCode: '6-31-01-03',
      level: 'level3',
      sessionDate: '2025-06-20',
    });
    // The certificate's name travels sealed under the worker's key: only the vault opens it.
    expect(passed.event.schemaVersion).toBe(2);
    const holderName = SealedNameSchema.parse((passed.event.data as { holderName: unknown }).holderName);
    expect(await vault.openNames([{ workerId: candidate.workerId, sealed: holderName }])).toEqual(['张三']);
    expect(Buffer.from(passed.raw, 'utf8').includes(Buffer.from('张三', 'utf8'))).toBe(false);
    await messagesOf('assessment.CandidateEnrolled');
    const everything = recorded.messages.map((m) => m.raw + m.key).join('\n') + logs.lines.join('');
    expect(logs.lines.length).toBeGreaterThan(0);
    for (const number of [idNumber, examinerIdNumber]) expect(everything).not.toContain(number);
    expect(everything).not.toContain('张三');
  });
});
