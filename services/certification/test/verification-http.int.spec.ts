import { waitUntil } from '@tianfu/testing';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { occupationNames } from '../src/application/catalogue-port.ts';
import { certificateTokens } from '../src/application/certificate-tokens.ts';
import { verifyOffline } from '../src/crypto/index.ts';
import { BASE_URL, certificationApp, employer, office, useCertificationApp } from './http-fixtures.ts';

const fixture = useCertificationApp('certification-verify');

const online = async (token: string) =>
  (await fixture().app.inject({ method: 'POST', url: '/v1/verify/token', payload: { token } })).json();

describe('public verification: number + name', () => {
  it('the right name answers valid with the name masked and no ID number; full-width spaces do not matter', async () => {
    const no = await fixture().issueTo('张三丰');
    const response = await fixture().verify(no, '张 三丰');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      result: 'valid',
      certificate: { certificateNo: no, maskedName: '张*', occupationName: '电工', levelLabel: '三级/高级工' },
    });
    expect(response.body).not.toContain('三丰');
  });

  it('a wrong name answers exactly like an unknown number', async () => {
    const no = await fixture().issueTo('李四');
    const wrongName = await fixture().verify(no, '王五');
    const unknown = await fixture().verify('Y000051009999253999999', '李四');
    expect(wrongName.statusCode).toBe(200);
    expect(wrongName.body).toBe(unknown.body);
    expect(wrongName.json()).toEqual({ result: 'not-found', certificate: null, checks: [] });
  });

  it('after the holder’s personal data is erased, no name matches and no masked name is shown (docs/domain.md §6.3)', async () => {
    const no = await fixture().issueTo('孙七');
    expect((await fixture().verify(no, '孙七')).json()).toMatchObject({
      result: 'valid',
      certificate: { maskedName: '孙*' },
    });
    const record = await fixture().storage.records.findOne({ _id: no });
    const workerId = record?.workerId as string;
    await fixture().storage.names.erase(workerId as never);
    await fixture().storage.erasures.record(workerId, '本人申请删除', new Date());
    const unknown = (await fixture().verify('Y000051009999253999999', '孙七')).body;
    await waitUntil(
      async () => (await fixture().verify(no, '孙七')).body,
      (body) => body === unknown,
      { what: 'verification by the erased name to answer like an unknown number', timeoutMs: 5_000 },
    );
    expect((await fixture().storage.records.findOne({ _id: no }))?.holder).toBeNull();
  });

  it('a malformed number is a 400 naming the field', async () => {
    const response = await fixture().verify('not-a-number', '李四');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain('body.certificateNo');
  });

  it('a number no certificate can have (level digit 7, 21 characters, lower case) is a 400 naming the rule, not "not found"', async () => {
    const malformed = [
      ['Y000051009999257999999', 'CERT_NO_LEVEL'],
      ['Y00005100999925999999', 'CERT_NO_FORMAT'],
      ['y000051009999259999999', 'CERT_NO_CASE'],
    ] as const;
    for (const [certificateNo, rule] of malformed) {
      const response = await fixture().verify(certificateNo, '李四');
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors).toContainEqual(
        expect.objectContaining({
          field: 'body.certificateNo',
          rule,
          message: expect.stringMatching(new RegExp(`^${rule}: `)),
        }),
      );
      const batch = await fixture().app.inject({
        method: 'POST',
        url: '/v1/verify/batch',
        headers: await employer(),
        payload: { items: [{ certificateNo, name: '李四' }] },
      });
      expect(batch.statusCode).toBe(400);
      expect(batch.json().errors.map((e: { field: string }) => e.field)).toContain('body.items.0.certificateNo');
      const path = await fixture().app.inject({
        method: 'GET',
        url: `/v1/certificates/${certificateNo}`,
        headers: await office(),
      });
      expect(path.statusCode).toBe(400);
      expect(path.json().errors.map((e: { field: string }) => e.field)).toContain('params.certificateNo');
    }
  });
});

describe('status: revoke, suspend, reinstate, reissue', () => {
  it('after a revocation, verification says revoked within 1 s of the command; revoking again is 409', async () => {
    const no = await fixture().issueTo('赵六');
    const revoked = await fixture().command(no, 'revoke', { reason: 'fraud', note: '弄虚作假' });
    expect(revoked.statusCode).toBe(200);
    const started = Date.now();
    const answer = await fixture().verify(no, '赵六');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(answer.json()).toMatchObject({ result: 'revoked', certificate: { certificateNo: no } });
    expect(answer.json().certificate.revokedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const again = await fixture().command(no, 'revoke', { reason: 'fraud', note: '再次' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CERTIFICATE_ALREADY_REVOKED' });
    const reissue = await fixture().command(no, 'reissue', { note: '遗失' });
    expect(reissue.json()).toMatchObject({ code: 'CERTIFICATE_ALREADY_REVOKED' });
  });

  it('another instance on the same database answers revoked within 1 s of the command', async () => {
    const other = await certificationApp(fixture().db);
    try {
      const no = await fixture().issueTo('吕十九');
      const verifyOnOther = async () => (await other.verify(no, '吕十九')).json();
      // A certificate another instance issued is in this one's index within its poll.
      await waitUntil(verifyOnOther, (answer) => answer.result === 'valid', { timeoutMs: 5_000, intervalMs: 20 });
      await fixture().command(no, 'revoke', { reason: 'fraud', note: '弄虚作假' });
      const revokedAt = Date.now();
      await waitUntil(verifyOnOther, (answer) => answer.result === 'revoked', { timeoutMs: 5_000, intervalMs: 20 });
      expect(Date.now() - revokedAt).toBeLessThan(1_000);
    } finally {
      await other.app.close();
    }
  });

  it('a suspended certificate verifies as suspended and, reinstated, as valid; a reissue keeps the number', async () => {
    const no = await fixture().issueTo('钱七');
    expect((await fixture().command(no, 'suspend', { note: '核查中' })).json()).toMatchObject({ status: 'suspended' });
    expect((await fixture().verify(no, '钱七')).json().result).toBe('suspended');
    expect((await fixture().command(no, 'reinstate', { note: '核查无误' })).json()).toMatchObject({ status: 'valid' });
    expect((await fixture().verify(no, '钱七')).json().result).toBe('valid');
    const reissued = await fixture().command(no, 'reissue', { note: '遗失补发' });
    expect(reissued.json()).toMatchObject({ certificateNo: no, printSerial: `${no}-2`, status: 'valid' });
  });

  it('status commands are for the certificate office only, need a note, and name an existing certificate', async () => {
    const no = await fixture().issueTo('孙八');
    const asEmployer = await fixture().app.inject({
      method: 'POST',
      url: `/v1/certificates/${no}/revoke`,
      headers: await employer(),
      payload: { reason: 'fraud', note: 'x' },
    });
    expect(asEmployer.statusCode).toBe(403);
    const noNote = await fixture().command(no, 'suspend', {});
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().errors.map((e: { field: string }) => e.field)).toContain('body.note');
    const unknown = await fixture().command('Y000051009999253999998', 'suspend', { note: 'x' });
    expect(unknown.statusCode).toBe(404);
    expect((await fixture().verify(no, '孙八')).json().result).toBe('valid');
  });
});

describe('batch verification for employers', () => {
  it('answers each pair in order, needs an employer token and takes at most 1,000 pairs', async () => {
    const [a, b] = [await fixture().issueTo('周九'), await fixture().issueTo('吴十')];
    const items = [
      { certificateNo: a, name: '周九' },
      { certificateNo: b, name: '错名' },
      { certificateNo: b, name: '吴十' },
    ];
    const answer = await fixture().app.inject({
      method: 'POST',
      url: '/v1/verify/batch',
      headers: await employer(),
      payload: { items },
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().items.map((i: { result: string }) => i.result)).toEqual(['valid', 'not-found', 'valid']);
    const anonymous = await fixture().app.inject({ method: 'POST', url: '/v1/verify/batch', payload: { items } });
    expect(anonymous.statusCode).toBe(401);
    const tooMany = Array.from({ length: 1_001 }, () => items[0]);
    const refused = await fixture().app.inject({
      method: 'POST',
      url: '/v1/verify/batch',
      headers: await employer(),
      payload: { items: tooMany },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { field: string }) => e.field)).toContain('body.items');
  });
});

describe('the signed token: online, tampered, offline', () => {
  const tokenOf = async (no: string) => {
    const record = await fixture().storage.records.findOne({ _id: no });
    if (record === null) throw new Error(`no record ${no}`);
    return certificateTokens(fixture().storage.keys, BASE_URL, occupationNames(fixture().catalogue)).token(record);
  };

  it('a token verifies online; one with a changed payload or signature does not', async () => {
    const no = await fixture().issueTo('郑十一');
    const token = await tokenOf(no);
    expect(await online(token)).toMatchObject({ result: 'valid', certificate: { certificateNo: no } });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, validFrom: '2020-01-01T00:00:00+08:00' })).toString(
      'base64url',
    );
    expect(await online(`${header}.${forged}.${signature}`)).toEqual({
      result: 'not-found',
      certificate: null,
      checks: [],
    });
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    expect(await online(`${header}.${payload}.${flipped}`)).toEqual({
      result: 'not-found',
      certificate: null,
      checks: [],
    });
  });

  it('an offline verifier given only the JWKS and the status lists agrees with the online answer', async () => {
    const [valid, suspended, revoked] = [
      await fixture().issueTo('冯十二'),
      await fixture().issueTo('陈十三'),
      await fixture().issueTo('褚十四'),
    ];
    await fixture().command(suspended, 'suspend', { note: '核查中' });
    await fixture().command(revoked, 'revoke', { reason: 'issued-in-error', note: '误发' });
    const jwks = (await fixture().app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json();
    expect(JSON.stringify(jwks)).not.toMatch(/"d":/);
    const lists = new Map<string, string>();
    for (const purpose of ['revocation', 'suspension']) {
      const url = `/v1/status-lists/${fixture().statusListId}/${purpose}`;
      const response = await fixture().app.inject({ method: 'GET', url });
      expect(response.headers['content-type']).toContain('application/vc+jwt');
      lists.set(`${BASE_URL}${url}`, response.body);
    }
    for (const no of [valid, suspended, revoked]) {
      const token = await tokenOf(no);
      const onlineAnswer = await online(token);
      const offline = await verifyOffline(token, jwks, lists);
      expect(offline.result).toBe(onlineAnswer.result);
      expect(offline).toMatchObject({ certificateNo: no, maskedName: onlineAnswer.certificate.maskedName });
      expect(jwks.keys.map((k: { kid: string }) => k.kid)).toContain(offline.signedBy);
    }
  });

  it('a token shows the masked name and holds nothing a common name can be tried against; the name match is online', async () => {
    const no = await fixture().issueTo('蒋十五');
    const claims = JSON.parse(Buffer.from((await tokenOf(no)).split('.')[1] ?? '', 'base64url').toString('utf8'));
    expect(claims.credentialSubject.maskedName).toBe('蒋*');
    expect(claims.credentialSubject.identifier).toEqual([expect.objectContaining({ identityType: 'systemId' })]);
    expect(JSON.stringify(claims)).not.toMatch(/salt|sha256|十五/);
    expect((await fixture().verify(no, '蒋十五')).json().result).toBe('valid');
    expect((await fixture().verify(no, '蒋十六')).json().result).toBe('not-found');
  });
});

describe('QR code and printable certificate (docs/domain.md §3.1)', () => {
  it('the PNG QR code holds a verification URL whose token verifies; the office alone may fetch it', async () => {
    const no = await fixture().issueTo('沈十七');
    const png = await fixture().app.inject({
      method: 'GET',
      url: `/v1/certificates/${no}/qr?format=png`,
      headers: await office(),
    });
    expect(png.headers['content-type']).toBe('image/png');
    const image = PNG.sync.read(png.rawPayload);
    const url = jsqr.default(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? '';
    expect(url).toMatch(new RegExp(`^${BASE_URL}/v/[A-Za-z0-9_-]{22}$`));
    const answer = await fixture().app.inject({
      method: 'GET',
      url: url.slice(BASE_URL.length),
      headers: { accept: 'application/json' },
    });
    expect(answer.json()).toMatchObject({ result: 'valid', certificate: { certificateNo: no, maskedName: '沈*' } });
    expect(await online(answer.json().token)).toMatchObject({ result: 'valid', certificate: { certificateNo: no } });
    const svg = await fixture().app.inject({
      method: 'GET',
      url: `/v1/certificates/${no}/qr`,
      headers: await office(),
    });
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toMatch(/^<svg /);
    expect((await fixture().app.inject({ method: 'GET', url: `/v1/certificates/${no}/qr` })).statusCode).toBe(401);
  });

  it('the printable page names the holder in full, and a revoked certificate prints with the revoked banner', async () => {
    const no = await fixture().issueTo('韩十八');
    const print = async () =>
      fixture().app.inject({ method: 'GET', url: `/v1/certificates/${no}/print`, headers: await office() });
    const page = await print();
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('韩十八');
    expect(page.body).toContain(no);
    expect(page.body).not.toContain('已撤销');
    await fixture().command(no, 'revoke', { reason: 'fraud', note: '弄虚作假' });
    expect((await print()).body).toContain('已撤销');
  });
});

describe('signing keys', () => {
  it('after a rotation new tokens carry the new kid and tokens of the retired key still verify', async () => {
    const no = await fixture().issueTo('卫十六');
    const record = await fixture().storage.records.findOne({ _id: no });
    if (record === null) throw new Error(`no record ${no}`);
    const tokens = certificateTokens(fixture().storage.keys, BASE_URL, occupationNames(fixture().catalogue));
    const before = await tokens.token(record);
    const rotated = await fixture().app.inject({
      method: 'POST',
      url: '/v1/signing-keys/rotate',
      headers: await office(),
    });
    expect(rotated.statusCode).toBe(201);
    const { kid } = rotated.json();
    const after = await tokens.token(record);
    const kidOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()).kid;
    expect(kidOf(after)).toBe(kid);
    expect(kidOf(before)).not.toBe(kid);
    const jwks = (await fixture().app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json();
    expect(jwks.keys.map((k: { kid: string }) => k.kid)).toEqual(expect.arrayContaining([kid, kidOf(before)]));
    for (const token of [before, after]) {
      const answer = await fixture().app.inject({ method: 'POST', url: '/v1/verify/token', payload: { token } });
      expect(answer.json().result).toBe('valid');
    }
    const asEmployer = await fixture().app.inject({
      method: 'POST',
      url: '/v1/signing-keys/rotate',
      headers: await employer(),
    });
    expect(asEmployer.statusCode).toBe(403);
  });
});

describe('rate limit on public verification', () => {
  it('beyond the limit a client gets 429 problem+json with Retry-After', async () => {
    const limited = await certificationApp(fixture().db, 2);
    await limited.app.ready();
    try {
      const send = () =>
        limited.app.inject({
          method: 'POST',
          url: '/v1/verify',
          payload: { certificateNo: 'Y000051009999253999997', name: 'x' },
        });
      expect((await send()).statusCode).toBe(200);
      expect((await send()).statusCode).toBe(200);
      const third = await send();
      expect(third.statusCode).toBe(429);
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
      expect(third.headers['content-type']).toContain('application/problem+json');
    } finally {
      await limited.app.close();
    }
  });
});
