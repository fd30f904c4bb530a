import { describe, expect, it } from 'vitest';
import { certificateStreamId } from '../src/application/certificate-issuer.ts';
import { office, useCertificationApp } from './http-fixtures.ts';

// docs/domain.md §3.3: a supervision case revokes many certificates at once, each with the case and
// reason; running it again changes nothing. On the real MongoDB-wire store, its own database.
const fixture = useCertificationApp('certification-case-revocation');

const revokeByCase = async (payload: object) =>
  fixture().app.inject({ method: 'POST', url: '/v1/revocations', headers: await office(), payload });

const revocationsOf = async (certificateNo: string): Promise<number> => {
  const record = await fixture().storage.records.findOne({ _id: certificateNo });
  if (record === null) throw new Error(`no certificate ${certificateNo}`);
  const { events } = await fixture().storage.store.readStream(certificateStreamId(record.certificateId));
  return events.filter((e) => e.type === 'certification.CertificateRevoked').length;
};

const statusCheckOf = async (certificateNo: string, name: string) =>
  (await fixture().verify(certificateNo, name)).json().checks.find((c: { check: string }) => c.check === 'status');

describe('revoking a case’s certificates', () => {
  it('revokes every certificate of an exam session with the case and reason; verification names both; run again, nothing changes', async () => {
    const names = ['韩一', '杨二', '朱三'];
    const numbers = [];
    for (const name of names) numbers.push(await fixture().issueTo(name));
    const request = { caseRef: 'CASE-2026-031', reason: 'fraud', note: '考场替考，经查属实', sessionId: 's-1' };

    const first = await revokeByCase(request);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ caseRef: 'CASE-2026-031', revoked: [...numbers].sort(), alreadyRevoked: [] });
    for (const [i, no] of numbers.entries()) {
      expect(await statusCheckOf(no, names[i] ?? '')).toEqual({
        check: 'status',
        passed: false,
        detail: 'revoked',
        since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        reason: 'fraud',
        caseRef: 'CASE-2026-031',
      });
    }

    const again = await revokeByCase(request);
    expect(again.json()).toEqual({ caseRef: 'CASE-2026-031', revoked: [], alreadyRevoked: [...numbers].sort() });
    for (const no of numbers) expect(await revocationsOf(no)).toBe(1);
  });

  it('refuses a list naming a number the platform does not hold, naming its index; nothing of the list is revoked', async () => {
    const held = await fixture().issueTo('许四');
    const unknown = 'Y000051001064253999999';
    const refused = await revokeByCase({
      caseRef: 'CASE-2026-032',
      reason: 'fraud',
      note: '核查',
      certificateNos: [held, unknown],
    });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ field: 'certificateNos.1', rule: 'certificate_exists' }),
    ]);
    expect(await revocationsOf(held)).toBe(0);

    const revoked = await revokeByCase({
      caseRef: 'CASE-2026-032',
      reason: 'fraud',
      note: '核查',
      certificateNos: [held],
    });
    expect(revoked.json()).toEqual({ caseRef: 'CASE-2026-032', revoked: [held], alreadyRevoked: [] });
  });

  it('refuses a request naming both a list and a session, or neither, and a session with no certificate', async () => {
    const both = await revokeByCase({
      caseRef: 'CASE-1',
      reason: 'fraud',
      note: 'x',
      sessionId: 's-1',
      certificateNos: ['Y000051001064253000001'],
    });
    const neither = await revokeByCase({ caseRef: 'CASE-1', reason: 'fraud', note: 'x' });
    for (const refused of [both, neither]) {
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([
        expect.objectContaining({ field: 'body.certificateNos', rule: 'one_target' }),
      ]);
    }
    const empty = await revokeByCase({ caseRef: 'CASE-1', reason: 'fraud', note: 'x', sessionId: 's-none' });
    expect(empty.statusCode).toBe(404);
    expect(empty.json().errors).toEqual([expect.objectContaining({ field: 'sessionId' })]);
  });
});
