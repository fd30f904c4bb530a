import type { CertificateFact, CertificateIssuedFact } from '../src/index.ts';

/** The worker most samples belong to. */
export const sampleWorker = 'a'.repeat(64);

/** Certificate n of a worker: 四级 电工 by competition, unless overridden. */
export const issuedFact = (n: number, overrides: Partial<CertificateIssuedFact> = {}): CertificateIssuedFact => ({
  _id: `issued-${n}`,
  kind: 'issued',
  workerId: sampleWorker,
  certificateId: `certificate-${n}`,
  certificateNo: `S00005100106419400000${n}`,
  occupationCode: '6-31-01-03',
  level: 'level4',
  issuedOn: '2019-05-01',
  path: 'competition',
  sourceEventId: null,
  ...overrides,
});

/** The revocation of certificate n. */
export const revokedFact = (n: number, workerId = sampleWorker): CertificateFact => ({
  _id: `revoked-${n}`,
  kind: 'revoked',
  workerId,
  certificateId: `certificate-${n}`,
  at: '2025-01-10T08:00:00.000Z',
});
