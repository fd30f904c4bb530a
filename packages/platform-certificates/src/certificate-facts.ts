import type {
  CertificateIssuedData,
  CertificateReinstatedData,
  CertificateReissuedData,
  CertificateRevokedData,
  CertificateSuspendedData,
  EventEnvelope,
} from '@tianfu/contracts';
import { insertOnce } from '@tianfu/messaging';
import type { Collection, Db } from 'mongodb';
import type { CertificateFact } from './certificate-fact.ts';

/** The certification events that become facts, parsed by their contracts. */
export type CertificateEvent =
  | EventEnvelope<'certification.CertificateIssued', CertificateIssuedData>
  | EventEnvelope<'certification.CertificateRevoked', CertificateRevokedData>
  | EventEnvelope<'certification.CertificateSuspended', CertificateSuspendedData>
  | EventEnvelope<'certification.CertificateReinstated', CertificateReinstatedData>
  | EventEnvelope<'certification.CertificateReissued', CertificateReissuedData>;

export interface CertificateFacts {
  /** Stores the event as a fact; a redelivery is a duplicate key and nothing else. */
  record(event: CertificateEvent): Promise<void>;
  of(workerIds: readonly string[]): Promise<CertificateFact[]>;
  /** Every fact of the certificate with this number (its issuance and what happened to it since); [] when none is known. */
  ofNumber(certificateNo: string): Promise<CertificateFact[]>;
}

/** One worker by equality (an indexed read on FerretDB); a sheet's workers by `$in`, which scans there. */
export const byWorkers = (workerIds: readonly string[]) =>
  workerIds.length === 1 ? { workerId: workerIds[0] } : { workerId: { $in: [...workerIds] } };

function factOf(event: CertificateEvent): CertificateFact {
  const _id = event.eventId;
  if (event.type === 'certification.CertificateRevoked') {
    const { certificateId, workerId, at } = event.data;
    return { _id, kind: 'revoked', workerId, certificateId, at };
  }
  if (event.type === 'certification.CertificateSuspended' || event.type === 'certification.CertificateReinstated') {
    const { certificateId, workerId, at } = event.data;
    const kind = event.type === 'certification.CertificateSuspended' ? 'suspended' : 'reinstated';
    return { _id, kind, workerId, certificateId, at };
  }
  if (event.type === 'certification.CertificateReissued') {
    const { certificateId, workerId, printSerial, at } = event.data;
    return { _id, kind: 'reissued', workerId, certificateId, printSerial, at };
  }
  const { certificateId, certificateNo, workerId, occupationCode, level, issuedOn, basis } = event.data;
  const { path, sourceEventId } = basis;
  return {
    _id,
    kind: 'issued',
    workerId,
    certificateId,
    certificateNo,
    occupationCode,
    level,
    issuedOn,
    path,
    sourceEventId,
  };
}

/**
 * The certificates the platform knows, as insert-only facts (`_id` = eventId), never updated:
 * whether one still counts is derived from a worker's facts when asked (held-certificates.ts).
 */
export function certificateFacts(collection: Collection<CertificateFact>): CertificateFacts {
  return {
    async record(event) {
      await insertOnce(collection, factOf(event));
    },
    async of(workerIds) {
      return collection.find(byWorkers(workerIds)).toArray();
    },
    // Only the issuance carries the number; the others name the certificate by id, and all name its holder.
    async ofNumber(certificateNo) {
      const issued = await collection.findOne({ certificateNo, kind: 'issued' });
      if (issued === null) return [];
      const { workerId, certificateId } = issued;
      return collection.find({ workerId, certificateId }).toArray();
    },
  };
}

/** The facts in a service's own `certificate_facts` collection, indexed by worker and by certificate number. */
export async function openCertificateFacts(db: Db, name = 'certificate_facts'): Promise<CertificateFacts> {
  const collection = db.collection<CertificateFact>(name);
  await Promise.all([collection.createIndex({ workerId: 1 }), collection.createIndex({ certificateNo: 1 })]);
  return certificateFacts(collection);
}
