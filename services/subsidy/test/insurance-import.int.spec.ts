import {
  captureLogs,
  createTestTopic,
  recordTopic,
  relayToTopic,
  residentIdNumber,
  useTestDatabase,
  waitUntil,
} from '@tianfu/testing';
import type { Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { office, subsidyApp, workerToken } from './http-fixtures.ts';

const db = useTestDatabase('subsidy-insurance');
const logs = captureLogs();
let built: Awaited<ReturnType<typeof subsidyApp>>;
let relay: ReturnType<typeof relayToTopic>;
let recorded: Awaited<ReturnType<typeof recordTopic>>;

beforeAll(async () => {
  const topic = await createTestTopic('subsidy-events');
  // Every log line the app writes, at the most talkative level, to search for ID numbers.
  built = await subsidyApp(db(), undefined, { logLevel: 'trace', logDestination: logs.destination });
  relay = relayToTopic(built.storage.store, topic);
  recorded = await recordTopic(topic);
}, 60_000);

afterAll(async () => {
  await recorded?.stop();
  await relay?.stop();
  await built?.app.close();
});

const [first, second, third] = [residentIdNumber(11), residentIdNumber(12), residentIdNumber(13)];
const workerOf = (idNumber: string) =>
  built.storage.personalData.identify({ idType: 'resident-id-card', idNumber }).workerId;

const upload = async (lines: readonly string[]) =>
  built.app.inject({
    method: 'POST',
    url: '/v1/insurance.csv',
    payload: lines.join('\r\n'),
    headers: { ...(await office()), 'content-type': 'text/csv' },
  });

const insuranceOf = async (workerId: string, query = '', headers?: Record<string, string>) =>
  built.app.inject({
    method: 'GET',
    url: `/v1/workers/${workerId}/insurance${query}`,
    headers: headers ?? (await office()),
  });

/** Every document of every collection, as text to search. */
async function everything(database: Db): Promise<string> {
  const collections = await database.listCollections().toArray();
  const docs = await Promise.all(collections.map((c) => database.collection(c.name).find().toArray()));
  return JSON.stringify(docs);
}

const sheet = [
  '公民身份号码,参保日期,停保日期',
  `${first},2015-03-01,2018-02-28`,
  `${first},2018-03-01,`,
  `${second},2023-09-01,`,
];

describe("the registry's sheet of 失业保险 periods (docs/domain.md §7.9, 技能提升补贴)", () => {
  it('is accepted whole: each period an event on its worker’s stream, read back as the platform holds it', async () => {
    const response = await upload(sheet);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rows: 3, workers: 2, recorded: 3, unchanged: 0 });

    const answer = await insuranceOf(workerOf(first), '?asOf=2025-03-01');
    expect(answer.json()).toEqual({
      workerId: workerOf(first),
      asOf: '2025-03-01',
      periods: [
        { insuredSince: '2015-03-01', insuredUntil: '2018-02-28' },
        { insuredSince: '2018-03-01', insuredUntil: null },
      ],
      standing: { status: 'insured', since: '2015-03-01', until: null },
    });
    const young = await insuranceOf(workerOf(second), '?asOf=2023-08-31');
    expect(young.json().standing).toEqual({ status: 'not-insured', lastInsuredUntil: null });
  });

  it('imported again, adds nothing: no event, and the same answer', async () => {
    const before = await built.storage.store.readStream(`insurance-${workerOf(first)}`);
    const again = await upload(sheet);
    expect(again.json()).toMatchObject({ rows: 3, recorded: 0, unchanged: 3 });
    const after = await built.storage.store.readStream(`insurance-${workerOf(first)}`);
    expect(after.revision).toBe(before.revision);
  });

  it('an end reported later closes the period; read as known before, it was still open', async () => {
    const beforeClosing = new Date().toISOString();
    const closed = await upload(['证件号码,参保日期,停保日期', `${second},2023-09-01,2024-12-31`]);
    expect(closed.json()).toMatchObject({ recorded: 1, unchanged: 0 });
    const now = await insuranceOf(workerOf(second), '?asOf=2025-01-15');
    expect(now.json().standing).toEqual({ status: 'not-insured', lastInsuredUntil: '2024-12-31' });
    const then = await insuranceOf(workerOf(second), `?asOf=2025-01-15&knownAt=${encodeURIComponent(beforeClosing)}`);
    expect(then.json().standing).toEqual({ status: 'insured', since: '2023-09-01', until: null });
    // The same moment written in China time.
    const inChina = new Date(Date.parse(beforeClosing) + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
    const sameMoment = await insuranceOf(workerOf(second), `?asOf=2025-01-15&knownAt=${encodeURIComponent(inChina)}`);
    expect(sameMoment.json().standing).toEqual(then.json().standing);
  });

  it('with bad rows, is refused whole, each named with its line, column and rule; nothing is recorded', async () => {
    const badNumber = `${third.slice(0, 17)}${third.endsWith('0') ? '1' : '0'}`;
    const refused = await upload([
      '证件号码,参保日期,停保日期',
      `${third},2020-01-01,`,
      `${badNumber},2020-01-01,`,
      `${third},2099-01-01,`,
      `${third},2020-01-01,2021-01-01`,
    ]);
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const { code, problems } = refused.json();
    expect(code).toBe('SHEET_ROWS_REJECTED');
    // A bad cell, and rows whose cells are good but which the import's own rules refuse, in one answer.
    expect(problems.map((p: { row: number; column: string; rule: string }) => [p.row, p.column, p.rule])).toEqual([
      [3, '证件号码', 'id_checksum'],
      [4, 'insuredSince', 'date_in_future'],
      [5, 'insuredSince', 'duplicate_row'],
    ]);
    expect(refused.body).not.toContain(badNumber);
    expect((await insuranceOf(workerOf(third))).json()).toMatchObject({ periods: [], standing: { status: 'unknown' } });
  });

  it('the JSON route takes the same rows and refuses the same way', async () => {
    const headers = await office();
    const row = (insuredSince: string) => ({ document: { idType: 'resident-id-card', idNumber: third }, insuredSince });
    const accepted = await built.app.inject({
      method: 'POST',
      url: '/v1/insurance',
      payload: { rows: [row('2019-06-01')] },
      headers,
    });
    expect(accepted.json()).toMatchObject({ rows: 1, recorded: 1 });
    const refused = await built.app.inject({
      method: 'POST',
      url: '/v1/insurance',
      payload: { rows: [row('2021-01-01'), row('2021-01-01')] },
      headers,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().problems).toEqual([expect.objectContaining({ row: 2, rule: 'duplicate_row' })]);
  });

  it('a worker reads their own insurance, not another’s', async () => {
    const own = await insuranceOf(workerOf(first), '', await workerToken(workerOf(first)));
    expect(own.statusCode).toBe(200);
    const other = await insuranceOf(workerOf(second), '', await workerToken(workerOf(first)));
    expect(other.statusCode).toBe(403);
  });

  it('no raw ID number is stored, logged or published: the worker is their workerId', async () => {
    await waitUntil(
      async () => recorded.messages.length,
      (count) => count >= 5,
      { timeoutMs: 30_000, what: 'the recorded periods on the topic' },
    );
    const numbers = [first, second, third];
    const stored = await everything(db());
    const published = recorded.messages.map((m) => m.raw).join('\n');
    for (const number of numbers) {
      expect(stored).not.toContain(number);
      expect(logs.lines.join('\n')).not.toContain(number);
      expect(published).not.toContain(number);
    }
    expect(recorded.messages[0]).toMatchObject({ key: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});
