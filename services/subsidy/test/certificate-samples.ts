import type { CertificateFact, CertificateIssuedFact } from '@tianfu/platform-certificates';

export const holder = 'a'.repeat(64);
export const certificateNo = 'S000051000164193000001';

/** 四级 电工 issued 2024-05-10, by exam. */
export const issued: CertificateIssuedFact = {
  _id: 'e-issued',
  kind: 'issued',
  workerId: holder,
  certificateId: 'c-1',
  certificateNo,
  occupationCode: '6-31-01-03',
  level: 'level4',
  issuedOn: '2024-05-10',
  path: 'exam',
  sourceEventId: null,
};

type StatusKind = 'suspended' | 'reinstated' | 'revoked';

/** A status change of the sample certificate at `at`. */
export const changed = (kind: StatusKind, at: string): CertificateFact => ({
  _id: `e-${kind}-${at}`,
  kind,
  workerId: holder,
  certificateId: issued.certificateId,
  at,
});

export const reissued = (at: string, printSerial: string): CertificateFact => ({
  _id: `e-reissued-${at}`,
  kind: 'reissued',
  workerId: holder,
  certificateId: issued.certificateId,
  printSerial,
  at,
});
