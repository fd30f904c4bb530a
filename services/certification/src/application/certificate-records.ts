import type {
  OccupationCode,
  RevocationReasonSchema,
  SealedName,
  SkillLevelKey,
  StatusEntry,
  WorkerId,
} from '@tianfu/contracts';
import type { Collection } from 'mongodb';
import type { z } from 'zod';
import type { Certificate, CertificateStatus } from '../domain/certificate.ts';
import type { CredentialHolder } from '../domain/credential/index.ts';

/**
 * The verification read model: one document per certificate, `_id` = 证书编号, so a public
 * verification is one read by `_id`. A cache of the certificate's stream (docs/architecture.md "One
 * rule for every write"): inserted at issuance, its status set again after every change.
 */
export interface CertificateRecord {
  readonly _id: string;
  readonly certificateId: string;
  readonly workerId: WorkerId;
  /** The stream revision this record reflects; an older state never overwrites a newer one. */
  readonly revision: number;
  readonly status: CertificateStatus;
  readonly revocation: {
    readonly reason: z.output<typeof RevocationReasonSchema>;
    readonly at: string;
    /** The supervision case that decided it; absent when none did. */
    readonly caseRef?: string;
  } | null;
  readonly statusEntry: StatusEntry;
  /** The salted name hash (kept here, never in the token) and the mask the credential states; null when the name is unknown. */
  readonly holder: CredentialHolder | null;
  /** For the printed certificate, readable only while the worker's key exists. */
  readonly holderName: SealedName | null;
  readonly bodyId: string;
  readonly bodyName: string;
  readonly occupationCode: OccupationCode;
  readonly workType: string;
  readonly level: SkillLevelKey;
  readonly issuedOn: string;
  readonly printSerial: string;
  readonly basisPath: Certificate['basis']['path'];
  /** Where it came from, e.g. `session s-1 candidate 00001`: a later outcome of that assessment finds it by this. */
  readonly basisReference: string;
  /**
   * When the record was written (the writer's clock): other instances add it to their verification
   * index by this. Records written before it existed lack it and are loaded when an instance starts.
   */
  readonly recordedAt?: string;
  /** recordedAt's minute, which other instances poll by (recent-records.ts). */
  readonly recordedMinute?: string;
  /** What the QR code holds (certificate-references.ts); records written before it existed get one when first printed. */
  readonly reference?: string;
}

/** What a certificate states, which never changes once issued: the record without its status. */
export type StatedRecord = Omit<CertificateRecord, 'status' | 'revocation' | 'revision' | 'printSerial'>;

/** The minute a record was written in (`2026-12-06T23:50`): what other instances poll by. */
export const recordedMinute = (recordedAt: string): string => recordedAt.slice(0, 16);

export type StatusFields = Pick<CertificateRecord, 'revision' | 'status' | 'revocation' | 'printSerial'>;

export const statusFields = (certificate: Certificate, revision: number): StatusFields => ({
  revision,
  status: certificate.status,
  revocation: certificate.revocation && {
    reason: certificate.revocation.reason,
    at: certificate.revocation.at,
    ...(certificate.revocation.caseRef === undefined ? {} : { caseRef: certificate.revocation.caseRef }),
  },
  printSerial: certificate.printSerial,
});

export function newRecord(
  certificate: Certificate,
  revision: number,
  holder: CredentialHolder | null,
  recordedAt: string,
  reference: string,
): CertificateRecord {
  return {
    _id: certificate.certificateNo,
    recordedAt,
    recordedMinute: recordedMinute(recordedAt),
    reference,
    certificateId: certificate.certificateId,
    workerId: certificate.workerId,
    statusEntry: certificate.statusEntry,
    holder,
    holderName: certificate.holderName,
    bodyId: certificate.bodyId,
    bodyName: certificate.bodyName,
    occupationCode: certificate.occupationCode,
    workType: certificate.workType,
    level: certificate.level,
    issuedOn: certificate.issuedOn,
    basisPath: certificate.basis.path,
    basisReference: certificate.basis.reference,
    ...statusFields(certificate, revision),
  };
}

export type CertificateRecords = Collection<CertificateRecord>;
