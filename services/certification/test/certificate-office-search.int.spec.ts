import { randomUUID } from 'node:crypto';
import { residentIdNumber } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { employer, office, useCertificationApp } from './http-fixtures.ts';

const fixture = useCertificationApp('certification-office-search');
const run = randomUUID().slice(0, 8);
const bodyId = `b-${run}`;
const holderId = residentIdNumber(Math.floor(Math.random() * 1e5), '510100');
const othersId = residentIdNumber(Math.floor(Math.random() * 1e5) + 100_000, '510100');

const post = async (url: string, payload: object, headers?: Record<string, string>) =>
  fixture().app.inject({ method: 'POST', url, payload, headers: headers ?? (await office()) });
const search = (query: object) => post('/v1/certificates/search', query);

const recognise = async (idNumber: string, name: string, n: number): Promise<string> => {
  const answer = await post('/v1/certificates/direct-recognitions', {
    recognitionId: `${run}-${n}`,
    document: { idType: 'resident-id-card', idNumber },
    name,
    body: { bodyId, filingNo: fixture().filingNo, bodyName: '四川某重工有限公司' },
    occupationCode: '6-18-02-04',
    level: 'level2',
    evidence: {
      yearsInOccupation: 9,
      employer: { name: '四川某重工有限公司' },
      panel: { decision: 'approved', decidedOn: '2025-09-10', documentNo: `川渝评〔2025〕${run}-${n}号` },
    },
  });
  expect(answer.statusCode).toBe(201);
  return answer.json().certificateNo;
};

describe('the certificate office searches certificates', () => {
  it('by the holder’s 居民身份证号: only that holder’s certificates, each naming the holder in full', async () => {
    const first = await recognise(holderId, '欧阳建国', 1);
    const second = await recognise(holderId, '欧阳建国', 2);
    await recognise(othersId, '林小雨', 3);
    const answer = await search({ document: { idType: 'resident-id-card', idNumber: holderId } });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ total: 2, next: null });
    expect(answer.json().items.map((i: { certificateNo: string }) => i.certificateNo)).toEqual([first, second].sort());
    expect(answer.json().items[0]).toMatchObject({ holderName: '欧阳建国', maskedName: '欧*', bodyId });
    expect(answer.body).not.toContain(holderId);
  });

  it('by body and status, a page at a time: the pages together hold every match once', async () => {
    const revoked = await recognise(othersId, '林小雨', 4);
    expect((await post(`/v1/certificates/${revoked}/revoke`, { reason: 'fraud', note: '材料造假' })).statusCode).toBe(
      200,
    );
    const onlyRevoked = (await search({ bodyId, status: 'revoked' })).json();
    expect(onlyRevoked.items.map((i: { certificateNo: string }) => i.certificateNo)).toEqual([revoked]);
    expect(onlyRevoked.items[0]).toMatchObject({ status: 'revoked', revocation: { reason: 'fraud' } });
    const all = (await search({ bodyId })).json();
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = (await search({ bodyId, limit: 1, ...(after ? { after } : {}) })).json();
      expect(page.total).toBe(all.total);
      seen.push(...page.items.map((i: { certificateNo: string }) => i.certificateNo));
      after = page.next ?? undefined;
    } while (after !== undefined);
    expect(seen).toEqual(all.items.map((i: { certificateNo: string }) => i.certificateNo));
    expect(seen.length).toBeGreaterThanOrEqual(2);
  });

  it('a bad ID number is 400 naming the field, without echoing it; an unknown field is 400; only the office may search', async () => {
    const bad = '510100199001011234';
    const answer = await search({ document: { idType: 'resident-id-card', idNumber: bad } });
    expect(answer.statusCode).toBe(400);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.json().errors.map((e: { field: string }) => e.field)).toContain('body.document.idNumber');
    expect(answer.body).not.toContain(bad);
    const unknownField = await search({ holder: '张三' });
    expect(unknownField.statusCode).toBe(400);
    const badStatus = await search({ status: 'lost' });
    expect(badStatus.json().errors.map((e: { field: string }) => e.field)).toContain('body.status');
    expect((await post('/v1/certificates/search', {}, await employer())).statusCode).toBe(403);
  });
});

describe('a certificate’s record and audit trail', () => {
  it('the record names the holder; the history lists each change with who made it, the reason and the note', async () => {
    const no = await recognise(holderId, '欧阳建国', 5);
    await post(`/v1/certificates/${no}/suspend`, { note: '核查中' });
    await post(`/v1/certificates/${no}/reinstate`, { note: '核查无误' });
    await post(`/v1/certificates/${no}/reissue`, { note: '遗失补发' });
    await post(`/v1/certificates/${no}/revoke`, { reason: 'issued-in-error', note: '误发' });
    const record = await fixture().app.inject({ url: `/v1/certificates/${no}`, headers: await office() });
    expect(record.json()).toMatchObject({ certificateNo: no, holderName: '欧阳建国', status: 'revoked' });
    const history = await fixture().app.inject({ url: `/v1/certificates/${no}/history`, headers: await office() });
    expect(history.statusCode).toBe(200);
    expect(history.json().items).toMatchObject([
      { change: 'issued', reason: null, note: null, printSerial: `${no}-1` },
      { change: 'suspended', note: '核查中', by: 'user:office-clerk' },
      { change: 'reinstated', note: '核查无误' },
      { change: 'reissued', note: '遗失补发', printSerial: `${no}-2` },
      { change: 'revoked', reason: 'issued-in-error', note: '误发', by: 'user:office-clerk' },
    ]);
    const asEmployer = await fixture().app.inject({ url: `/v1/certificates/${no}/history`, headers: await employer() });
    expect(asEmployer.statusCode).toBe(403);
  });
});
