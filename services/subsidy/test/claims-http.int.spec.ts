import { randomUUID } from 'node:crypto';
import { handleCommand } from '@tianfu/eventstore';
import { serviceActor } from '@tianfu/service-kit';
import { sichuanPublications } from '@tianfu/subsidy-rules';
import {
  createTestTopic,
  recordTopic,
  relayToTopic,
  residentIdNumber,
  useTestDatabase,
  waitUntil,
} from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleSetCommands } from '../src/application/rule-set-commands.ts';
import { paymentBatch } from '../src/domain/payment-batch.ts';
import { certificateEvents } from './certificate-events.ts';
import { bearer, subsidyApp } from './http-fixtures.ts';

// The claims of docs/domain.md §7.10 over HTTP on the real MongoDB-wire store, on 2024-06-01 (China time).
const db = useTestDatabase('subsidy-claims');
const now = new Date('2024-06-01T02:00:00.000Z');
let built: Awaited<ReturnType<typeof subsidyApp>>;
let relay: ReturnType<typeof relayToTopic>;
let recorded: Awaited<ReturnType<typeof recordTopic>>;
// Tokens signed on the app's day, as a client then would have them.
const office = () => bearer({ sub: 'subsidy-office-1', role: 'subsidy-office' }, now);
const workerToken = (workerId: string) =>
  bearer({ sub: `worker-${workerId.slice(0, 8)}`, role: 'worker', workerId }, now);

const documentOf = (n: number) => ({ idType: 'resident-id-card', idNumber: residentIdNumber(n) }) as const;
const workerOf = (n: number) => built.storage.personalData.identify(documentOf(n)).workerId;
const numberOf = (n: number) => `S0000510001641930${String(n).padStart(5, '0')}`;

/** The worker `n` holds a 四级 电工 certificate issued 2024-05-10, numbered after them; revoked if asked. */
async function holds(n: number, revoked = false) {
  const { event, issued, change } = certificateEvents({ workerId: workerOf(n), certificateNo: numberOf(n) });
  await built.storage.certificates.record(event('certification.CertificateIssued', issued));
  if (revoked)
    await built.storage.certificates.record(
      event('certification.CertificateRevoked', { ...change('2024-05-20T00:00:00.000Z'), reason: 'fraud' }),
    );
}

const insured = async (n: number) =>
  built.app.inject({
    method: 'POST',
    url: '/v1/insurance',
    payload: { rows: [{ document: documentOf(n), insuredSince: '2020-01-01' }] },
    headers: await office(),
  });

const claim = async (n: number, body: object = {}, headers?: Record<string, string>) =>
  built.app.inject({
    method: 'POST',
    url: '/v1/claims',
    payload: { kind: 'skill-upgrade', certificateNo: numberOf(n), region: '510100', ...body },
    headers: headers ?? (await workerToken(workerOf(n))),
  });
const claimsOf = async (n: number) =>
  built.app.inject({ method: 'GET', url: `/v1/workers/${workerOf(n)}/claims`, headers: await office() });

beforeAll(async () => {
  built = await subsidyApp(db(), () => now);
  const topic = await createTestTopic('subsidy-claims');
  relay = relayToTopic(built.storage.store, topic);
  recorded = await recordTopic(topic);
  const shipping = { actor: serviceActor('subsidy'), correlationId: randomUUID() };
  await ruleSetCommands(built.storage.store).publishShipped(sichuanPublications, shipping);
  for (const n of [1, 2, 3, 4, 5]) await holds(n, n === 3);
  for (const n of [1, 3, 4]) expect((await insured(n)).statusCode).toBe(200);
}, 60_000);
afterAll(async () => {
  await recorded?.stop();
  await relay?.stop();
  await built?.app.close();
});

describe('subsidy claims over HTTP (docs/domain.md §7.10)', () => {
  it('lists the rule sets publicly, each with its validity; in force on a day, one per region and kind', async () => {
    const all = await built.app.inject({ method: 'GET', url: '/v1/rule-sets' });
    expect(all.statusCode).toBe(200);
    expect(all.json().ruleSets).toHaveLength(sichuanPublications.length);
    const onDay = await built.app.inject({ method: 'GET', url: '/v1/rule-sets?kind=skill-upgrade&on=2024-06-01' });
    expect(onDay.json().ruleSets.map((s: { ruleSetId: string; version: number }) => [s.ruleSetId, s.version])).toEqual([
      ['sc-skill-upgrade', 1],
    ]);
  });

  it('approves an insured worker’s claim for their certificate with its amount and every rule’s clause; made again, it is the same claim', async () => {
    const answer = await claim(1);
    expect(answer.statusCode).toBe(201);
    const body = answer.json();
    expect(body).toMatchObject({ status: 'approved', amountFen: 150_000, payee: 'worker', region: '510100' });
    expect(body.decision.ruleSet).toMatchObject({ ruleSetId: 'sc-skill-upgrade', version: 1 });
    expect(body.decision.checks.length).toBeGreaterThan(5);
    expect(body.decision.checks.every((c: { clause: unknown }) => c.clause !== null)).toBe(true);
    const again = await claim(1);
    expect(again.statusCode).toBe(201);
    expect(again.json().claimId).toBe(body.claimId);
    expect((await claimsOf(1)).json().claims).toHaveLength(1);
  });

  it('refuses the same certificate claimed again on a later day, naming certificateNo and the rule; nothing is recorded', async () => {
    const later = await claim(1, { workerId: workerOf(1), claimedOn: '2024-05-30' }, await office());
    expect(later.statusCode).toBe(422);
    expect(later.headers['content-type']).toContain('application/problem+json');
    expect(later.json()).toMatchObject({
      code: 'CLAIM_REJECTED',
      errors: [{ field: 'certificateNo', rule: 'same_level_once' }],
    });
    expect((await claimsOf(1)).json().claims).toHaveLength(1);
  });

  it('shows what a worker may still claim today, each certificate judged as a claim would be, recording nothing', async () => {
    const entitled = async (n: number) =>
      built.app.inject({
        method: 'GET',
        url: `/v1/workers/${workerOf(n)}/entitlements?region=510100`,
        headers: await workerToken(workerOf(n)),
      });
    const fresh = await entitled(4);
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toMatchObject({ asOf: '2024-06-01', countedThisYear: 0 });
    expect(fresh.json().certificates).toEqual([
      expect.objectContaining({
        certificateNo: numberOf(4),
        decision: expect.objectContaining({ outcome: 'approved', amountFen: 150_000 }),
      }),
    ]);
    const claimed = (await entitled(1)).json();
    expect(claimed.countedThisYear).toBe(1);
    const [held] = claimed.certificates;
    expect(held.decision.outcome).toBe('rejected');
    expect(held.decision.checks).toContainEqual(expect.objectContaining({ rule: 'same-level-once', status: 'failed' }));
    expect((await claimsOf(4)).json().claims).toEqual([]);
  });

  it('refuses a revoked certificate and another person’s certificate, each naming the rule with the whole decision', async () => {
    const revoked = await claim(3);
    expect(revoked.statusCode).toBe(422);
    expect(revoked.json().errors).toEqual([
      expect.objectContaining({ field: 'certificateNo', rule: 'certificate_valid' }),
    ]);
    expect(revoked.json().decision.outcome).toBe('rejected');
    const others = await claim(4, { certificateNo: numberOf(1) });
    expect(others.statusCode).toBe(422);
    expect(others.json().errors).toEqual([
      expect.objectContaining({ field: 'certificateNo', rule: 'certificate_holder' }),
    ]);
    expect((await claimsOf(3)).json().claims).toEqual([]);
    expect((await claimsOf(4)).json().claims).toEqual([]);
  });

  it('answers 404 for a certificate the platform does not know, 403 for a worker claiming for another, 400 for a kind without what it rests on', async () => {
    const unknown = await claim(4, { certificateNo: numberOf(99) });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'certificateNo' })]);
    expect((await claim(4, { workerId: workerOf(1) })).statusCode).toBe(403);
    const kind = await claim(4, { kind: 'training' });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().errors).toEqual([expect.objectContaining({ field: 'body.classId', rule: 'required_for_kind' })]);
    const backdated = await claim(4, { claimedOn: '2024-05-01' });
    expect(backdated.statusCode).toBe(400);
    expect(backdated.json().errors).toEqual([expect.objectContaining({ field: 'claimedOn', rule: 'claimed_today' })]);
  });

  it('refers a claim whose insurance the platform does not know; the office approves it; a worker may not review', async () => {
    const referred = await claim(2);
    expect(referred.statusCode).toBe(201);
    expect(referred.json()).toMatchObject({ status: 'referred', amountFen: null, insurance: { status: 'unknown' } });
    const url = `/v1/workers/${workerOf(2)}/claims/${referred.json().claimId}/review`;
    const review = { outcome: 'approved', reason: '社保 record checked by phone' };
    const byWorker = await built.app.inject({
      method: 'POST',
      url,
      payload: review,
      headers: await workerToken(workerOf(2)),
    });
    expect(byWorker.statusCode).toBe(403);
    const approved = await built.app.inject({ method: 'POST', url, payload: review, headers: await office() });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', amountFen: 150_000, review: { outcome: 'approved' } });
    const again = await built.app.inject({
      method: 'POST',
      url,
      payload: { outcome: 'rejected', reason: 'second thoughts' },
      headers: await office(),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CLAIM_NOT_REFERRED');
  });

  it('refuses a rule set that would be in force beside another for the same region and kind, and a negative amount, naming the field', async () => {
    const [first] = sichuanPublications;
    if (first === undefined) throw new Error('no rule set is shipped');
    const clash = { ruleSet: { ...first.ruleSet, ruleSetId: 'sc-clash', version: 1 }, supersedes: null };
    const overlapping = await built.app.inject({
      method: 'POST',
      url: '/v1/rule-sets',
      payload: clash,
      headers: await office(),
    });
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().errors).toEqual([
      expect.objectContaining({ field: 'ruleSet.effectiveFrom', rule: 'overlapping_validity' }),
    ]);
    const amounts = first.ruleSet.parameters.amountsByLevel;
    const negative = {
      ...clash,
      ruleSet: {
        ...clash.ruleSet,
        region: '510700',
        parameters: { ...first.ruleSet.parameters, amountsByLevel: { ...amounts, value: { level4: -1 } } },
      },
    };
    const refused = await built.app.inject({
      method: 'POST',
      url: '/v1/rule-sets',
      payload: negative,
      headers: await office(),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ field: 'body.ruleSet.parameters.amountsByLevel.value.level4' }),
    ]);
    expect((await built.app.inject({ method: 'GET', url: '/v1/rule-sets' })).json().ruleSets).toHaveLength(
      sichuanPublications.length,
    );
  });
});

describe('拨付 and 追回 (docs/domain.md §7.11), on the real store and Kafka', () => {
  const send = async (method: 'GET' | 'POST', url: string, payload?: object) =>
    built.app.inject({ method, url, headers: await office(), ...(payload === undefined ? {} : { payload }) });

  it('pays nothing while 成都 has no budget: the approved claims wait; an allocation counts once per budget document', async () => {
    const empty = await send('POST', '/v1/batches', { region: '510100', day: '2024-06-01' });
    expect(empty.statusCode).toBe(409);
    expect(empty.json()).toMatchObject({
      code: 'BATCH_EMPTY',
      errors: [{ field: 'region', rule: 'claims_within_budget' }],
    });
    const allocation = { year: 2024, amountFen: 150_000, reference: '川财社〔2024〕1号' };
    for (let sent = 0; sent < 2; sent += 1)
      expect((await send('POST', '/v1/regions/510100/budgets', allocation)).json()).toEqual({
        year: 2024,
        allocatedFen: 150_000,
        usedFen: 0,
        leftFen: 150_000,
      });
    const totals = (await send('GET', '/v1/regions/510100/totals?year=2024')).json();
    expect(totals.waiting).toEqual({ claims: 2, amountFen: 300_000 });
    const queue = async () => (await send('GET', '/v1/regions/510100/waiting')).json();
    const waiting = await queue();
    expect(waiting).toMatchObject({ region: '510100', day: '2024-06-01', leftFen: 150_000 });
    // The oldest claim first; the budget left pays the first, the second waits for more money.
    expect(waiting.claims.map((c: { withinBudget: boolean }) => c.withinBudget)).toEqual([true, false]);
    expect(waiting.claims.map((c: { amountFen: number }) => c.amountFen)).toEqual([150_000, 150_000]);
    const more = { year: 2024, amountFen: 150_000, reference: '川财社〔2024〕2号' };
    expect((await send('POST', '/v1/regions/510100/budgets', more)).json().allocatedFen).toBe(300_000);
    expect((await queue()).claims.map((c: { withinBudget: boolean }) => c.withinBudget)).toEqual([true, true]);
  });

  it("assembles 成都's batch of the day from its approved claims, exports the bank file, pays each claim once though confirmed twice, and claws one back", async () => {
    const batch = await send('POST', '/v1/batches', { region: '510100', day: '2024-06-01' });
    expect(batch.statusCode).toBe(201);
    const { batchId, lines, totalFen } = batch.json();
    expect(batchId).toBe('510100-2024-06-01');
    // Worker 1's automatic approval and worker 2's approval on review, 1,500 yuan each.
    expect(lines.map((l: { workerId: string }) => l.workerId).sort()).toEqual([workerOf(1), workerOf(2)].sort());
    expect(totalFen).toBe(300_000);
    expect((await send('POST', '/v1/batches', { region: '510100', day: '2024-06-01' })).json()).toEqual(batch.json());

    const file = await send('GET', `/v1/batches/${batchId}/lines.csv`);
    expect(file.headers['content-type']).toContain('text/csv');
    const rows = file.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(file.body.startsWith('\uFEFF')).toBe(true);
    expect(rows[0]).toBe('序号,申请编号,收款方,人员编号,金额(分)');
    expect(rows).toHaveLength(4);
    expect(rows.at(-1)).toBe('合计,2,,,300000');

    for (let confirmation = 0; confirmation < 2; confirmation += 1) {
      const paid = await send('POST', `/v1/batches/${batchId}/paid`, { paidOn: '2024-06-01' });
      expect(paid.statusCode).toBe(200);
      expect(paid.json().paidOn).toBe('2024-06-01');
    }
    const paidEvents = () => recorded.messages.filter((m) => m.event.type === 'subsidy.ClaimPaid');
    await waitUntil(
      async () => paidEvents().length,
      (n) => n >= 2,
      { timeoutMs: 30_000, what: 'two ClaimPaid on Kafka' },
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(paidEvents()).toHaveLength(2);

    const [line] = lines as { claimId: string; workerId: string }[];
    if (line === undefined) throw new Error('the batch has no line');
    const url = `/v1/workers/${line.workerId}/claims/${line.claimId}/clawback`;
    const clawed = await send('POST', url, { reason: '培训记录造假', caseRef: 'CASE-2024-7' });
    expect(clawed.statusCode).toBe(200);
    expect(clawed.json()).toMatchObject({
      payment: { batchId, paidOn: '2024-06-01', amountFen: 150_000 },
      clawback: { caseRef: 'CASE-2024-7', amountFen: 150_000, reason: '培训记录造假' },
    });
    const history = await send('GET', `/v1/workers/${line.workerId}/claims`);
    expect(history.json().claims[0].clawback.caseRef).toBe('CASE-2024-7');
    const totals = await send('GET', '/v1/regions/510100/totals?year=2024');
    expect(totals.json()).toMatchObject({
      budget: { allocatedFen: 300_000, usedFen: 300_000, leftFen: 0 },
      waiting: { claims: 0, amountFen: 0 },
    });
    expect(totals.json().months).toEqual([
      {
        kind: 'skill-upgrade',
        month: '2024-06',
        approvedClaims: 2,
        approvedFen: 300_000,
        paidFen: 300_000,
        clawedBackFen: 150_000,
      },
    ]);
  });

  it('completes a batch recorded by a run that stopped before marking its claims; a claim two batches listed is paid by the one that marked it, dropped from the other', async () => {
    for (const n of [6, 7]) {
      await holds(n);
      expect((await insured(n)).statusCode).toBe(200);
      expect((await claim(n, { region: '510300' })).json().status).toBe('approved');
    }
    const allocation = { year: 2024, amountFen: 300_000, reference: '自财社〔2024〕1号' };
    expect((await send('POST', '/v1/regions/510300/budgets', allocation)).json().allocatedFen).toBe(300_000);
    const lineOf = async (n: number) => {
      const [{ claimId }] = (await claimsOf(n)).json().claims;
      return { claimId, workerId: workerOf(n), payee: 'worker' as const, amountFen: 150_000 };
    };
    const [six, seven] = [await lineOf(6), await lineOf(7)];
    // Two runs that each recorded their batch, then stopped before marking a claim.
    const context = { actor: serviceActor('subsidy'), correlationId: randomUUID() };
    const record = (day: string, lines: (typeof six)[]) => {
      const data = { batchId: `510300-${day}`, region: '510300' as const, day, lines, at: now.toISOString() };
      return handleCommand(
        built.storage.store,
        `subsidy-batch-510300-${day}`,
        paymentBatch,
        { type: 'AssembleBatch', data },
        context,
      );
    };
    await record('2024-05-31', [six, seven]);
    await record('2024-06-01', [seven]);

    const first = await send('POST', '/v1/batches', { region: '510300', day: '2024-05-31' });
    expect(first.json()).toMatchObject({ lines: [six, seven], totalFen: 300_000, dropped: [] });
    const second = await send('POST', '/v1/batches', { region: '510300', day: '2024-06-01' });
    expect(second.json()).toMatchObject({ lines: [], totalFen: 0, dropped: [{ claimId: seven.claimId }] });
    expect(second.json().dropped[0].reason).toContain('510300-2024-05-31');
    const file = await send('GET', '/v1/batches/510300-2024-06-01/lines.csv');
    expect(file.body.trim().split('\r\n').at(-1)).toBe('合计,0,,,0');

    for (const day of ['2024-05-31', '2024-06-01'])
      expect((await send('POST', `/v1/batches/510300-${day}/paid`, { paidOn: '2024-06-01' })).statusCode).toBe(200);
    const paymentOf = async (n: number) => (await claimsOf(n)).json().claims[0].payment;
    expect(await paymentOf(6)).toMatchObject({ batchId: '510300-2024-05-31', amountFen: 150_000 });
    expect(await paymentOf(7)).toMatchObject({ batchId: '510300-2024-05-31', amountFen: 150_000 });
  });

  it('refuses a batch for a day after today, naming the field; a batch never assembled is not found', async () => {
    const future = await send('POST', '/v1/batches', { region: '510100', day: '2024-06-02' });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([expect.objectContaining({ field: 'day', rule: 'not_in_future' })]);
    const missing = await send('GET', '/v1/batches/510100-2023-01-01');
    expect(missing.statusCode).toBe(404);
  });
});
