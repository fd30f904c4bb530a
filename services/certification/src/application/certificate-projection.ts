import { randomBytes } from 'node:crypto';
import { isDuplicateKeyError } from '@tianfu/eventstore';
import { credentialHolder } from '../crypto/index.ts';
import type { Certificate } from '../domain/certificate.ts';
import type { CredentialHolder } from '../domain/credential/index.ts';
import { type CertificateRecords, newRecord, statusFields } from './certificate-records.ts';
import { newReference } from './certificate-references.ts';
import type { HolderNames } from './holder-names.ts';
import type { StatusLists } from './status-lists.ts';
import type { VerificationIndex } from './verification-index.ts';

export type ProjectCertificate = (certificate: Certificate, revision: number) => Promise<void>;

/**
 * Brings the verification record and the status lists up to a certificate's state after a
 * command. Idempotent, so running it again after a crash or a redelivery repairs what was missed.
 */
export function certificateProjection(
  records: CertificateRecords,
  lists: StatusLists,
  names: HolderNames,
  index: VerificationIndex,
  clock: () => Date,
) {
  const holderOf = async (certificate: Certificate): Promise<CredentialHolder | null> => {
    if (certificate.holderName === null) return null;
    const [name] = await names.openNames([{ workerId: certificate.workerId, sealed: certificate.holderName }]);
    // The salt is per credential and random: two certificates of one holder share no hash.
    return name ? credentialHolder(name, randomBytes(16).toString('base64url')) : null;
  };

  const upsert = async (certificate: Certificate, revision: number) => {
    const _id = certificate.certificateNo;
    const existing = await records.findOne({ _id }, { projection: { revision: 1 } });
    if (existing === null) {
      try {
        const holder = await holderOf(certificate);
        const record = newRecord(certificate, revision, holder, clock().toISOString(), newReference());
        await records.insertOne(record);
        index.add(record);
        return;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    } else if (existing.revision >= revision) return;
    await records.updateOne({ _id, revision: { $lt: revision } }, { $set: statusFields(certificate, revision) });
  };

  const project: ProjectCertificate = async (certificate, revision) => {
    await upsert(certificate, revision);
    const { certificateId, statusEntry, status, statusSince } = certificate;
    const { revocation } = certificate;
    const grounds = revocation === null ? null : { reason: revocation.reason, caseRef: revocation.caseRef ?? null };
    await lists.set(certificateId, statusEntry, status, statusSince, grounds);
    index.note(certificateId, status, statusSince, grounds);
  };
  return project;
}
