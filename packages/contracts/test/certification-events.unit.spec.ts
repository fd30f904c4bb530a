import { describe, expect, it } from 'vitest';
import { CertificateIssued, CertificateRevoked, certificationEvents, createEventRegistry } from '../src/index.ts';

const workerId = 'b'.repeat(64);
const certificateId = '5f0c2b1e-3a4d-5e6f-8a7b-9c0d1e2f3a4b';

describe('certification event contracts', () => {
  it('form one valid registry', () => {
    expect(createEventRegistry([...certificationEvents]).eventTypes).toContain('certification.CertificateIssued');
  });

  it('an issued certificate names its basis and carries a workerId, never an ID number (docs/architecture.md)', () => {
    const issued = {
      certificateId,
      certificateNo: 'Y000051001064253000123',
      workerId,
      bodyId: 'b-1',
      filingNo: 'Y000051001064',
      bodyName: '四川省某技师学院',
      occupationCode: '6-31-01-03',
      workType: '--',
      level: 'level3',
      issuedOn: '2025-06-21',
      printSerial: 'Y000051001064253000123-1',
      holderName: null,
      statusEntry: { listId: 'l1', index: 4242 },
      basis: { path: 'exam', sourceEventId: 'e-1', reference: 'session s-1' },
      issuedAt: '2025-06-21T08:00:00.000Z',
    };
    expect(CertificateIssued.schema.safeParse(issued).success).toBe(true);
    expect(CertificateIssued.schema.safeParse({ ...issued, basis: { ...issued.basis, path: 'bought' } }).success).toBe(
      false,
    );
    expect(CertificateIssued.schema.safeParse({ ...issued, workerId: '11010519491231002X' }).success).toBe(false);
    // The holder's name only sealed under the worker key, never in clear.
    expect(CertificateIssued.schema.safeParse({ ...issued, holderName: '张三' }).success).toBe(false);
  });

  it('a revocation names one of the known reasons (弄虚作假 = fraud)', () => {
    const revoke = (reason: string) =>
      CertificateRevoked.schema.safeParse({ certificateId, workerId, at: '2025-07-01T00:00:00Z', reason, note: '核查' })
        .success;
    expect([revoke('fraud'), revoke('issued-in-error'), revoke('because')]).toEqual([true, true, false]);
  });
});
