import { randomUUID } from 'node:crypto';
import type { WorkerId } from '@tianfu/contracts';
import {
  createKafkaPublisher,
  createProcessedEvents,
  type KafkaPublisher,
  type RunningConsumer,
  runPolicyConsumer,
} from '@tianfu/messaging';
import { serviceActor } from '@tianfu/service-kit';
import { sichuanPublications } from '@tianfu/subsidy-rules';
import { createTestTopic, testKafka, uniqueName, useTestDatabase, waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleSetCommands } from '../src/application/rule-set-commands.ts';
import { trainingFactsPolicy } from '../src/application/training-facts-policy.ts';
import { certificateEvents } from './certificate-events.ts';
import { bearer, subsidyApp } from './http-fixtures.ts';
import { apprenticeshipAgreed, classFiled, enrolled, outcome } from './training-events.ts';

// The service's day: claims by workers, providers and employers are made on it.
const now = new Date('2026-06-01T04:00:00.000Z');
const db = useTestDatabase('subsidy-training-claims');
let fixture: Awaited<ReturnType<typeof subsidyApp>>;
let publisher: KafkaPublisher;
let consumer: RunningConsumer;

const trainee = 'e'.repeat(64);
const apprentice = 'f'.repeat(64);
const dropout = '9'.repeat(64);
const provider = 'prov-kinds';
const employerCode = '91510100MA61R2XK3T';
const otherEmployer = '91510100MA6CQ8B2XK';
const certificateNo = 'S000051000164193000077';

const office = () => bearer({ sub: 'subsidy-office-1', role: 'subsidy-office' }, now);
const providerToken = (providerId = provider) =>
  bearer({ sub: `clerk-${providerId}`, role: 'training-provider', providerId }, now);
const employerToken = (code = employerCode) =>
  bearer({ sub: `hr-${code}`, role: 'employer', bodyId: code, employerCode: code }, now);
const workerToken = (workerId: string) => bearer({ sub: `w-${workerId.slice(0, 6)}`, role: 'worker', workerId }, now);

const claim = async (headers: Record<string, string>, body: object) =>
  fixture.app.inject({ method: 'POST', url: '/v1/claims', headers, payload: { region: '510100', ...body } });
const rulesOf = (response: { json(): { errors?: { field: string; rule: string }[] } }) =>
  (response.json().errors ?? []).map((e) => `${e.field}:${e.rule}`);

beforeAll(async () => {
  fixture = await subsidyApp(db(), () => now);
  const shipping = { actor: serviceActor('subsidy'), correlationId: randomUUID() };
  await ruleSetCommands(fixture.storage.store).publishShipped(sichuanPublications, shipping);
  const topic = await createTestTopic('training-events');
  const kafka = testKafka('subsidy-test-training');
  publisher = createKafkaPublisher({ kafka, topic, timeoutMs: 5_000 });
  consumer = await runPolicyConsumer({
    kafka,
    topics: [topic],
    groupId: uniqueName('subsidy-training-facts'),
    handle: trainingFactsPolicy(fixture.storage.training),
    processed: createProcessedEvents(db(), 'training-facts'),
    logger: fixture.app.log,
    registry: fixture.app.metrics,
  });
  const seal = (workerId: string, groups: ('employment-difficulty' | 'employee')[]) =>
    fixture.storage.personalData.sealTargetGroups([{ workerId: workerId as WorkerId, groups }]);
  const [[traineeGroups], [apprenticeGroups], [dropoutGroups]] = await Promise.all([
    seal(trainee, ['employment-difficulty']),
    seal(apprentice, ['employment-difficulty']),
    seal(dropout, ['employee']),
  ]);
  if (traineeGroups === undefined || apprenticeGroups === undefined || dropoutGroups === undefined)
    throw new Error('the vault sealed no groups');
  const filed = classFiled('cls-project', provider);
  await publisher.publish([
    filed,
    classFiled('cls-order', provider, { deliveryModel: 'order' }),
    enrolled('cls-project', provider, '00001', trainee, traineeGroups),
    outcome('cls-project', provider, '00001', trainee, true),
    enrolled('cls-project', provider, '00002', dropout, dropoutGroups),
    outcome('cls-project', provider, '00002', dropout, false),
    enrolled('cls-order', provider, '00001', trainee, traineeGroups),
    outcome('cls-order', provider, '00001', trainee, true),
    enrolled('cls-order', provider, '00002', apprentice, apprenticeGroups),
    outcome('cls-order', provider, '00002', apprentice, true),
    apprenticeshipAgreed('app-kinds', apprentice, employerCode, provider),
  ]);
  const { event, issued } = certificateEvents({
    workerId: trainee,
    certificateNo,
    occupationCode: '4-03-02-01',
    issuedOn: '2026-04-01',
  });
  await fixture.storage.certificates.record(event('certification.CertificateIssued', issued));
  await waitUntil(
    () => fixture.storage.training.ofApprenticeship('app-kinds'),
    (facts) => facts.length === 1,
    { timeoutMs: 60_000, what: 'the apprenticeship followed from the training topic' },
  );
  // Redelivered (a relay's crash between publish and mark), then read again by a restarted consumer: nothing new.
  await publisher.publish([filed]);
  await trainingFactsPolicy(fixture.storage.training)(filed);
}, 120_000);

afterAll(async () => {
  await consumer?.stop();
  await publisher?.disconnect();
  await fixture?.app.close();
});

describe('职业培训补贴, 新型学徒制补贴 and 生活费补贴 over HTTP, on training followed from its topic (docs/domain.md §7.10)', () => {
  it('keeps each training event once, however often it is delivered', async () => {
    const facts = await fixture.storage.training.ofClass('cls-project', trainee);
    expect(facts.map((f) => f.kind).sort()).toEqual(['class', 'enrolled', 'outcome']);
  });

  it('a provider claims 职业培训补贴 for its own 项目制 class: paid to it, referred for the amount, counted as the worker’s', async () => {
    const body = { kind: 'training', classId: 'cls-project', certificateNo, workerId: trainee };
    const stranger = await claim(await providerToken('prov-other'), body);
    expect(stranger.statusCode, stranger.body).toBe(403);
    const made = await claim(await providerToken(), body);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ workerId: trainee, payee: 'provider', status: 'referred' });
    const theirs = await fixture.app.inject({
      method: 'GET',
      url: `/v1/workers/${trainee}/claims`,
      headers: await office(),
    });
    expect(theirs.json().claims).toHaveLength(1);
  });

  it('refuses 职业培训补贴 for a trainee who did not complete, naming classId and the rule', async () => {
    const refused = await claim(await office(), {
      kind: 'training',
      classId: 'cls-project',
      certificateNo,
      workerId: dropout,
    });
    expect(refused.statusCode).toBe(422);
    expect(rulesOf(refused)).toContain('classId:training_completed');
  });

  it('the employer named in the agreement claims year 1’s advance; year 2’s waits for its first day', async () => {
    const body = { kind: 'apprenticeship', apprenticeshipId: 'app-kinds', agreementYear: 1, stage: 'advance' };
    expect((await claim(await employerToken(otherEmployer), body)).statusCode).toBe(403);
    const made = await claim(await employerToken(), body);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      workerId: apprentice,
      payee: 'employer',
      status: 'approved',
      amountFen: 200_000,
    });
    const early = await claim(await employerToken(), { ...body, agreementYear: 2 });
    expect(early.statusCode).toBe(422);
    expect(rulesOf(early)).toEqual(['agreementYear:apprenticeship_year']);
    expect(early.json().detail).toContain('2027-03-01');
  });

  it('生活费补贴 for a worker of a group it is for is referred; a second that year is refused; an apprentice’s is refused', async () => {
    const made = await claim(await workerToken(trainee), { kind: 'living', classId: 'cls-order' });
    expect(made.statusCode).toBe(201);
    expect(made.json().status).toBe('referred');
    expect(JSON.stringify(made.json())).not.toContain('employment-difficulty');
    const second = await claim(await workerToken(trainee), { kind: 'living', classId: 'cls-project' });
    expect(rulesOf(second)).toEqual(['kind:yearly_cap_kind']);
    const apprentices = await claim(await workerToken(apprentice), { kind: 'living', classId: 'cls-order' });
    expect(rulesOf(apprentices)).toEqual(['workerId:apprentice_exclusion']);
  });

  it('lists a provider’s and an employer’s claims to them and the office, to no other', async () => {
    const providerClaims = await fixture.app.inject({
      method: 'GET',
      url: `/v1/providers/${provider}/claims`,
      headers: await providerToken(),
    });
    expect(providerClaims.json().claims).toEqual([
      expect.objectContaining({ workerId: trainee, kind: 'training', payee: 'provider' }),
    ]);
    const employerClaims = await fixture.app.inject({
      method: 'GET',
      url: `/v1/employers/${employerCode}/claims`,
      headers: await office(),
    });
    expect(employerClaims.json().claims).toEqual([
      expect.objectContaining({ workerId: apprentice, kind: 'apprenticeship', payee: 'employer', amountFen: 200_000 }),
    ]);
    const other = await fixture.app.inject({
      method: 'GET',
      url: `/v1/employers/${employerCode}/claims`,
      headers: await employerToken(otherEmployer),
    });
    expect(other.statusCode).toBe(403);
  });
});
