import type { z } from 'zod';
import type { NamedRecord } from '../application/certificate-office-reads.ts';
import type { CertificateRecord } from '../application/certificate-records.ts';
import type { CertificateViewSchema } from './certificate-schemas.ts';
import type { CertificateRecordSchema } from './certificate-search-schemas.ts';

export const certificateView = (
  record: Omit<CertificateRecord, 'holderName'>,
): z.input<typeof CertificateViewSchema> => ({
  certificateNo: record._id,
  certificateId: record.certificateId,
  workerId: record.workerId,
  status: record.status,
  revocation: record.revocation,
  maskedName: record.holder?.maskedName ?? null,
  bodyId: record.bodyId,
  bodyName: record.bodyName,
  occupationCode: record.occupationCode,
  workType: record.workType,
  level: record.level,
  issuedOn: record.issuedOn,
  printSerial: record.printSerial,
  basis: record.basisPath,
  basisReference: record.basisReference,
  statusList: record.statusEntry,
});

/** The office's view with the holder's name in full. */
export const namedView = (record: NamedRecord): z.input<typeof CertificateRecordSchema> => ({
  ...certificateView(record),
  holderName: record.holderName,
});
