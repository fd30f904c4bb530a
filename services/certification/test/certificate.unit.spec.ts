import type { CertificateIssuedData } from '@tianfu/contracts';
import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { type CertificateEvent, certificateDecider } from '../src/domain/certificate.ts';
import { examIssuance } from '../src/domain/exam-issuance.ts';
import { certificateIdFor } from '../src/domain/issuance.ts';
import { candidatePassed, passedEvent } from './samples.ts';

const at = '2025-06-21T08:00:00.000Z';
const workerId = 'a'.repeat(64);
const certificateId = certificateIdFor('8b2c1f0e-1111-4222-8333-944455556666');
const {
  sessionId: _session,
  candidateId: _candidate,
  sessionDate: _date,
  scores: _scores,
  decidedAt: _decided,
  supersedes: _supersedes,
  ...certified
} = candidatePassed(1);
const issuedData: CertificateIssuedData = {
  ...certified,
  certificateId,
  certificateNo: 'Y000051001064253000123',
  workerId,
  issuedOn: '2025-06-21',
  printSerial: 'Y000051001064253000123-1',
  statusEntry: { listId: 'l1', index: 4242 },
  basis: {
    path: 'exam',
    sourceEventId: '8b2c1f0e-1111-4222-8333-944455556666',
    reference: 'session s-1 candidate 00001',
  },
  issuedAt: at,
};
const issued: CertificateEvent = { type: 'certification.CertificateIssued', data: issuedData };
const change = { certificateId, at, note: '核查' };
const revoked: CertificateEvent = {
  type: 'certification.CertificateRevoked',
  data: { ...change, workerId, reason: 'fraud', note: '弄虚作假' },
};
const suspended: CertificateEvent = { type: 'certification.CertificateSuspended', data: { ...change, workerId } };
const spec = deciderSpec(certificateDecider);

describe('issuing a certificate (docs/architecture.md "Certificates", docs/domain.md §3.1)', () => {
  it('issues once, keyed by the worker; the same issuance again changes nothing (a redelivered event)', () => {
    spec
      .given([])
      .when({ type: 'IssueCertificate', data: issuedData })
      .thenEmits([{ ...issued, workerId, occurredAt: at }]);
    spec.given([issued]).when({ type: 'IssueCertificate', data: issuedData }).thenEmits([]);
  });

  it('derives the certificate id from the source event (uuid v5), so a redelivery maps to the same certificate', () => {
    expect(certificateIdFor('e-1')).toBe(certificateIdFor('e-1'));
    expect(certificateIdFor('e-1')).not.toBe(certificateIdFor('e-2'));
    expect(certificateIdFor('e-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("the exam path issues in the assessment body's name, dated the day of the session (§2.1 谁评价、谁发证)", () => {
    const passed = { ...candidatePassed(1), workerId };
    const envelope = passedEvent(passed, '8b2c1f0e-1111-4222-8333-944455556666');
    expect(examIssuance(envelope)).toEqual({
      certificateId,
      workerId,
      holderName: passed.holderName,
      body: { bodyId: passed.bodyId, filingNo: passed.filingNo, bodyName: passed.bodyName },
      occupationCode: passed.occupationCode,
      workType: passed.workType,
      level: passed.level,
      issuedOn: '2025-06-20',
      basis: { path: 'exam', sourceEventId: envelope.eventId, reference: 'session s-1 candidate 00001' },
      certificateNo: null,
    });
  });
});

describe('certificate status', () => {
  it('revokes with a reason; a revoked certificate cannot be suspended, reinstated, reissued or revoked again', () => {
    spec
      .given([issued])
      .when({ type: 'RevokeCertificate', data: { ...change, reason: 'fraud', note: '弄虚作假' } })
      .thenEmits([{ ...revoked, workerId, occurredAt: at }]);
    for (const type of ['SuspendCertificate', 'ReinstateCertificate', 'RevokeCertificate'] as const) {
      spec
        .given([issued, revoked])
        .when({ type, data: { ...change, reason: 'other' } } as never)
        .thenThrows('CERTIFICATE_ALREADY_REVOKED');
    }
    spec
      .given([issued, revoked])
      .when({ type: 'ReissueCertificate', data: change })
      .thenThrows('CERTIFICATE_ALREADY_REVOKED');
  });

  it('a suspended certificate can be reinstated; reinstating a valid one is refused', () => {
    spec
      .given([issued])
      .when({ type: 'SuspendCertificate', data: change })
      .thenEmits([{ ...suspended, workerId, occurredAt: at }]);
    spec
      .given([issued, suspended])
      .when({ type: 'SuspendCertificate', data: change })
      .thenThrows('CERTIFICATE_ALREADY_SUSPENDED');
    expect(spec.given([issued, suspended]).when({ type: 'ReinstateCertificate', data: change }).emitted()).toHaveLength(
      1,
    );
    spec.given([issued]).when({ type: 'ReinstateCertificate', data: change }).thenThrows('CERTIFICATE_NOT_SUSPENDED');
  });

  it('a lost certificate is reissued under the same number with a new print serial', () => {
    const events = spec.given([issued]).when({ type: 'ReissueCertificate', data: change }).emitted();
    expect(events).toMatchObject([
      { type: 'certification.CertificateReissued', data: { printSerial: 'Y000051001064253000123-2' } },
    ]);
    const state = [issued, ...(events as CertificateEvent[])].reduce(certificateDecider.evolve, null);
    expect(state).toMatchObject({
      certificateNo: issuedData.certificateNo,
      printSerial: 'Y000051001064253000123-2',
      status: 'valid',
    });
    spec
      .given([issued, suspended])
      .when({ type: 'ReissueCertificate', data: change })
      .thenThrows('CERTIFICATE_SUSPENDED');
  });

  it('commands on an unknown certificate are refused', () => {
    spec.given([]).when({ type: 'SuspendCertificate', data: change }).thenThrows('CERTIFICATE_NOT_FOUND');
  });
});
