import { describe, expect, it } from 'vitest';
import { occupationNames } from '../src/application/catalogue-port.ts';
import { certificateTokens } from '../src/application/certificate-tokens.ts';
import { BASE_URL, employer, useCertificationApp } from './http-fixtures.ts';

const fixture = useCertificationApp('certification-checks');

const activeKid = async (): Promise<string> => {
  const jwks = (await fixture().app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json();
  return jwks.keys.at(-1).kid;
};

interface Check {
  readonly check: string;
  readonly passed: boolean;
}

const checksOf = (answer: { checks: Check[] }): Record<string, Omit<Check, 'check'>> =>
  Object.fromEntries(answer.checks.map(({ check, ...rest }) => [check, rest]));

describe('each check shown apart', () => {
  it('a valid certificate passes all six, each naming what it checked', async () => {
    const no = await fixture().issueTo('褚十二');
    const answer = (await fixture().verify(no, '褚十二')).json();
    expect(answer.checks.map((c: { check: string }) => c.check)).toEqual([
      'signature',
      'issuer',
      'status',
      'level',
      'occupation',
      'issueDate',
    ]);
    expect(checksOf(answer)).toEqual({
      signature: { passed: true, detail: await activeKid() },
      issuer: { passed: true, detail: '四川省某技师学院' },
      status: { passed: true, detail: 'valid' },
      level: { passed: true, detail: '三级/高级工' },
      occupation: { passed: true, detail: '6-31-01-03 电工' },
      issueDate: { passed: true, detail: '2025-06-20' },
    });
  });

  it('a revoked certificate fails the status check with the day and the reason category, never the note', async () => {
    const no = await fixture().issueTo('卫十三');
    await fixture().command(no, 'revoke', { reason: 'issued-in-error', note: '录入错误，私人备注' });
    const response = await fixture().verify(no, '卫十三');
    const { status, ...others } = checksOf(response.json());
    expect(status).toEqual({
      passed: false,
      detail: 'revoked',
      since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      reason: 'issued-in-error',
    });
    expect(Object.values(others).every((check) => check.passed)).toBe(true);
    expect(response.body).not.toContain('私人备注');
  });

  it('a suspended certificate fails the status check with the day and no reason', async () => {
    const no = await fixture().issueTo('蒋十四');
    await fixture().command(no, 'suspend', { note: '核查中' });
    const { status } = checksOf((await fixture().verify(no, '蒋十四')).json());
    expect(status).toEqual({ passed: false, detail: 'suspended', since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('the reference, the batch and the token answer the same checks; a token names the key that signed it', async () => {
    const no = await fixture().issueTo('沈十五');
    const byName = (await fixture().verify(no, '沈十五')).json();
    const record = await fixture().storage.records.findOne({ _id: no });
    if (record === null) throw new Error(`no record ${no}`);
    const byReference = await fixture().app.inject({
      method: 'GET',
      url: `/v/${record.reference}`,
      headers: { accept: 'application/json' },
    });
    expect(byReference.json().checks).toEqual(byName.checks);
    const batch = await fixture().app.inject({
      method: 'POST',
      url: '/v1/verify/batch',
      headers: await employer(),
      payload: { items: [{ certificateNo: no, name: '沈十五' }] },
    });
    expect(batch.json().items[0].checks).toEqual(byName.checks);
    const token = await certificateTokens(fixture().storage.keys, BASE_URL, occupationNames(fixture().catalogue)).token(
      record,
    );
    const byToken = await fixture().app.inject({ method: 'POST', url: '/v1/verify/token', payload: { token } });
    const kid = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()).kid;
    expect(checksOf(byToken.json()).signature).toEqual({ passed: true, detail: kid });
  });
});
