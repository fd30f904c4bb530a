import { residentIdNumber } from '@tianfu/testing';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { BASE_URL, office, useCertificationApp } from './http-fixtures.ts';

const fixture = useCertificationApp('certification-reference');
const run = Date.now().toString(36);

/** A direct recognition with every free-text field as long as the schema allows. */
const longestRecognition = () => ({
  recognitionId: `${run}-longest`,
  document: { idType: 'resident-id-card', idNumber: residentIdNumber(7, '510100') },
  name: '欧阳建国',
  body: { bodyId: 'b-long', filingNo: fixture().filingNo, bodyName: '四川'.repeat(100) },
  occupationCode: '6-18-02-04',
  workType: '数控'.repeat(50),
  level: 'level2',
  evidence: {
    yearsInOccupation: 9,
    employer: { name: '某'.repeat(200) },
    panel: { decision: 'approved', decidedOn: '2025-09-10', documentNo: `川评〔2025〕${run}号` },
  },
});

const qrUrlOf = async (certificateNo: string): Promise<string> => {
  const png = await fixture().app.inject({
    method: 'GET',
    url: `/v1/certificates/${certificateNo}/qr?format=png`,
    headers: await office(),
  });
  expect(png.statusCode).toBe(200);
  const image = PNG.sync.read(png.rawPayload);
  return jsqr.default(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? '';
};

describe('the QR code holds a short reference', () => {
  it('a certificate with a 200-character body name and a 100-character work type prints, and its QR code verifies', async () => {
    const issued = await fixture().app.inject({
      method: 'POST',
      url: '/v1/certificates/direct-recognitions',
      headers: await office(),
      payload: longestRecognition(),
    });
    expect(issued.statusCode).toBe(201);
    const { certificateNo } = issued.json();
    const print = await fixture().app.inject({
      method: 'GET',
      url: `/v1/certificates/${certificateNo}/print`,
      headers: await office(),
    });
    expect(print.statusCode).toBe(200);
    const url = await qrUrlOf(certificateNo);
    expect(url).toMatch(new RegExp(`^${BASE_URL}/v/[A-Za-z0-9_-]{22}$`));
    const path = url.slice(BASE_URL.length);
    const json = await fixture().app.inject({ method: 'GET', url: path, headers: { accept: 'application/json' } });
    expect(json.json()).toMatchObject({
      result: 'valid',
      certificate: { certificateNo, maskedName: '欧*', workType: '数控'.repeat(50), bodyName: '四川'.repeat(100) },
    });
    const fetched = await fixture().app.inject({
      method: 'POST',
      url: '/v1/verify/token',
      payload: { token: json.json().token },
    });
    expect(fetched.json()).toMatchObject({ result: 'valid', certificate: { certificateNo } });
    const page = await fixture().app.inject({ method: 'GET', url: path, headers: { accept: 'text/html' } });
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('证书有效');
    expect(page.body).toContain(certificateNo);
    expect(page.body).not.toContain('建国');
  });

  it('an unknown reference answers not-found; a malformed one is a 400 naming it', async () => {
    const unknown = await fixture().app.inject({
      method: 'GET',
      url: `/v/${'A'.repeat(22)}`,
      headers: { accept: 'application/json' },
    });
    expect(unknown.json()).toEqual({ result: 'not-found', certificate: null, checks: [], token: null });
    const malformed = await fixture().app.inject({ method: 'GET', url: '/v/short' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors.map((e: { field: string }) => e.field)).toContain('params.reference');
  });

  it('a certificate recorded before references existed is given one when first printed, the same one every time', async () => {
    const certificateNo = await fixture().issueTo('诸葛亮');
    await fixture().storage.records.updateOne({ _id: certificateNo }, { $unset: { reference: '' } });
    const first = await qrUrlOf(certificateNo);
    expect(first).toMatch(new RegExp(`^${BASE_URL}/v/[A-Za-z0-9_-]{22}$`));
    expect(await qrUrlOf(certificateNo)).toBe(first);
    const answer = await fixture().app.inject({ method: 'GET', url: first.slice(BASE_URL.length) });
    expect(answer.json()).toMatchObject({ result: 'valid', certificate: { certificateNo } });
  });
});
