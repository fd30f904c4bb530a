import type { z } from 'zod';
import type { CertificateRecord } from '../application/certificate-records.ts';
import type { CertificateViewSchema } from './certificate-schemas.ts';

export const certificateView = (record: CertificateRecord): z.input<typeof CertificateViewSchema> => ({
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
