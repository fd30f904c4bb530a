import type { EventEnvelope, SealedName } from '@tianfu/contracts';
import {
  createKafkaPublisher,
  createProcessedEvents,
  type KafkaPublisher,
  type RunningConsumer,
  runPolicyConsumer,
} from '@tianfu/messaging';
import type { App } from '@tianfu/service-kit';
import { createTestTopic, residentIdNumber, testKafka, uniqueName, useTestDatabase, waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionStreamId } from '../src/application/session-access.ts';
import { trainingFactsPolicy } from '../src/application/training-facts-policy.ts';
import { testApp } from './fixtures.ts';
import { electrician, electricianFiling, setUpSession, suiteAddress } from './session-setup.ts';
import { classCompleted, classFiled, traineeEnrolled, traineeOutcome } from './training-topic-samples.ts';

const db = useTestDatabase('assessment-class-completers');
const address = suiteAddress();
const level5 = { occupationCode: electrician, standardVersion: '2018', levels: ['level5'] } as const;
let built: Awaited<ReturnType<typeof testApp>>;
let app: App;
let publisher: KafkaPublisher;
let consumer: RunningConsumer;

beforeAll(async () => {
  const topic = await createTestTopic('training');
  built = await testApp(db());
  app = built.app;
  publisher = createKafkaPublisher({ kafka: testKafka('assessment-training-test'), topic });
  consumer = await runPolicyConsumer({
    kafka: testKafka('assessment-training-facts'),
    topics: [topic],
    groupId: uniqueName('assessment-training-facts'),
    handle: trainingFactsPolicy(built.trainings),
    processed: createProcessedEvents(db(), 'training-facts'),
    logger: app.log,
    registry: app.metrics,
  });
});

afterAll(async () => {
  await consumer?.stop();
  await publisher?.disconnect();
  await app?.close();
});

/** Three trainees of a fresh class, sealed under their keys as training seals them; n° 3 does not complete. */
async function publishClass(kind: string, names: readonly string[]) {
  const classId = uniqueName('class');
  const idNumbers = names.map((_, i) => residentIdNumber(Math.floor(Math.random() * 90_000) + i, address));
  const workerIds = idNumbers.map(
    (idNumber) => built.personalData.identify({ idType: 'resident-id-card', idNumber }).workerId,
  );
  const sealed = await built.personalData.sealNames(
    workerIds.map((workerId, i) => ({ workerId, name: names[i] as string })),
  );
  const events: EventEnvelope[] = [classFiled(classId, kind)];
  workerIds.forEach((workerId, i) => {
    const enrolmentId = String(i + 1).padStart(5, '0');
    const certificateNo = i < 2 ? `${classId}-${enrolmentId}` : null;
    events.push(traineeEnrolled(classId, enrolmentId, workerId, sealed[i] as SealedName));
    events.push(traineeOutcome(classId, enrolmentId, workerId, certificateNo));
  });
  events.push(classCompleted(classId, 2, names.length - 2));
  await publisher.publish(events);
  await waitUntil(
    () => built.trainings.roster(classId),
    // The filing too: it travels on another partition than the workers' events, so it may come last.
    (roster) => roster.filed !== null && roster.completersCounted === 2 && roster.completers.length === 2,
    { timeoutMs: 60_000, what: `class ${classId} and its completers as facts` },
  );
  return { classId, workerIds, sealed, idNumbers };
}

const fromClass = (sessionId: string, token: Record<string, string>, payload: object) =>
  app.inject({ method: 'POST', url: `/v1/sessions/${sessionId}/enrolments/from-class`, payload, headers: token });

const enrolledEvents = async (sessionId: string) =>
  (await built.store.readStream(sessionStreamId(sessionId))).events.filter(
    (e) => e.type === 'assessment.CandidateEnrolled',
  );

describe("a training class's completers enrolled in a session (docs/domain.md §7.5, eligibility §2.3)", () => {
  it('completers of a 新型学徒制 class at 五级 are enrolled by their recorded 学徒期满, names as training sealed them; again adds nothing', async () => {
    const { classId, workerIds, sealed } = await publishClass('apprenticeship', ['张三', '李四', '王五']);
    const { sessionId, token } = await setUpSession(app, address, 'level5', undefined, level5);

    const first = await fromClass(sessionId, token, { classId });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ classId, added: 2 });
    expect(first.json().candidates.map((c: { workerId: string }) => c.workerId)).toEqual(workerIds.slice(0, 2));
    const enrolled = await enrolledEvents(sessionId);
    expect(enrolled.map((e) => e.data)).toEqual([
      expect.objectContaining({
        workerId: workerIds[0],
        holderName: sealed[0],
        eligibility: {
          basis: 'rule',
          ruleId: 'A-level5-2',
          summary: `apprenticeship completed (学徒期满); class ${classId} of P-0042, ${electrician}, 14 h, completed 2025-05-30 ${classId}-00001`,
        },
      }),
      expect.objectContaining({ workerId: workerIds[1], holderName: sealed[1] }),
    ]);

    const again = await fromClass(sessionId, token, { classId });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ added: 0, revision: first.json().revision });
    expect(await enrolledEvents(sessionId)).toHaveLength(2);
  });

  it('a completer enrolled one by one, declaring no apprenticeship, is admitted by the recorded one', async () => {
    const { classId, idNumbers } = await publishClass('apprenticeship', ['蒋一', '沈二', '韩三']);
    const { sessionId, token } = await setUpSession(app, address, 'level5', undefined, level5);
    const document = { idType: 'resident-id-card', idNumber: idNumbers[0] };
    const payload = { document, name: '蒋一', background: { yearsInOccupation: 0 } };
    const response = await app.inject({
      method: 'POST',
      url: `/v1/sessions/${sessionId}/candidates`,
      payload,
      headers: token,
    });
    expect(response.statusCode, response.body).toBe(201);
    const [enrolled] = await enrolledEvents(sessionId);
    expect(enrolled?.data).toMatchObject({
      eligibility: { ruleId: 'A-level5-2', summary: expect.stringContaining(classId) },
    });
  });

  it('completers who meet no rule are all refused, each by workerId and masked name, and nothing applies; declared years admit them', async () => {
    const { classId, workerIds, idNumbers } = await publishClass('employment', ['赵六', '钱七', '孙八']);
    const { sessionId, token } = await setUpSession(app, address, 'level5', undefined, level5);

    const refused = await fromClass(sessionId, token, { classId });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.json()).toMatchObject({
      code: 'COMPLETERS_REFUSED',
      refused: [
        { enrolmentId: '00001', workerId: workerIds[0], maskedName: '赵*', field: 'eligibility', rule: 'not_eligible' },
        { enrolmentId: '00002', workerId: workerIds[1], maskedName: '钱*', field: 'eligibility', rule: 'not_eligible' },
      ],
    });
    for (const idNumber of idNumbers) expect(refused.body).not.toContain(idNumber);
    expect(refused.body).not.toContain('赵六');
    expect(await enrolledEvents(sessionId)).toHaveLength(0);

    const declared = workerIds.slice(0, 2).map((workerId) => ({ workerId, background: { yearsInOccupation: 1 } }));
    const admitted = await fromClass(sessionId, token, { classId, declared });
    expect(admitted.statusCode, admitted.body).toBe(200);
    expect(
      (await enrolledEvents(sessionId)).map((e) => (e.data as { eligibility: { ruleId: string } }).eligibility.ruleId),
    ).toEqual(['A-level5-1', 'A-level5-1']);
  });

  it('a class aimed at another level than the session’s is 422 naming classId and the rule; a non-completer declared is 422 naming the entry', async () => {
    const { classId, workerIds } = await publishClass('apprenticeship', ['周一', '吴二', '郑三']);
    const { sessionId, token } = await setUpSession(app, address, 'level3', undefined, electricianFiling);
    const mismatch = await fromClass(sessionId, token, { classId });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json()).toMatchObject({ code: 'CLASS_LEVEL_MISMATCH', field: 'classId', rule: 'same_level' });

    const atLevel5 = await setUpSession(app, address, 'level5', undefined, level5);
    const stranger = [{ workerId: workerIds[2], background: { yearsInOccupation: 1 } }];
    const notCompleter = await fromClass(atLevel5.sessionId, atLevel5.token, { classId, declared: stranger });
    expect(notCompleter.statusCode).toBe(422);
    expect(notCompleter.json()).toMatchObject({
      code: 'NOT_A_COMPLETER',
      field: 'declared.0.workerId',
      rule: 'completer_only',
    });
    const unknown = await fromClass(atLevel5.sessionId, atLevel5.token, { classId: 'no-such-class' });
    expect(unknown.json()).toMatchObject({ code: 'CLASS_NOT_FOUND', field: 'classId', rule: 'class_known' });
  });

  it('a redelivered training event, or the same completion under a new event id, is recorded once', async () => {
    const { classId, workerIds } = await publishClass('apprenticeship', ['冯一', '陈二', '褚三']);
    const workerId = workerIds[0] as string;
    const policy = trainingFactsPolicy(built.trainings);
    const handle = (event: EventEnvelope) =>
      policy(event, { topic: 'redelivered', partition: 0, offset: '0', key: workerId });
    const completion = traineeOutcome(classId, '00001', workerId, `${classId}-00001`);
    await handle(completion);
    await handle(completion);
    await handle(traineeOutcome(classId, '00001', workerId, `${classId}-00001`));
    expect((await built.trainings.of([workerId])).get(workerId)).toHaveLength(1);
    expect((await built.trainings.roster(classId)).completers).toHaveLength(2);
  });
});
