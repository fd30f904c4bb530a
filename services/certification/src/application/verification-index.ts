import type { Collection } from 'mongodb';
import type { CertificateStatus } from '../domain/certificate.ts';
import type { HolderNameIdentity } from '../domain/credential/index.ts';
import type { CertificateRecord, CertificateRecords } from './certificate-records.ts';
import type { StatusFlag } from './status-lists.ts';

/** What verification needs of a certificate that never changes once issued. */
export interface IndexedCertificate {
  readonly record: Omit<CertificateRecord, 'status' | 'revocation' | 'revision' | 'printSerial'>;
  readonly identity: HolderNameIdentity | null;
}

export interface CurrentStatus {
  readonly status: CertificateStatus;
  /** When it was revoked or suspended; null while valid. */
  readonly since: string | null;
}

const VALID: CurrentStatus = { status: 'valid', since: null };

const statusOfFlag = (flag: StatusFlag): CurrentStatus => ({
  status: flag.purpose === 'revocation' ? 'revoked' : 'suspended',
  since: flag.at,
});

export interface VerificationIndexOptions {
  readonly records: CertificateRecords;
  readonly flags: Collection<StatusFlag>;
  readonly clock: () => Date;
  /** How often the flags are read again: the bound on how stale another instance's change may be here. */
  readonly pollMs?: number;
}

/**
 * Public verification answers from memory (issue #4 bench: p99 ≤ 10 ms at 1,000 req/s and
 * ≥ 3,000 req/s; a read per request cannot, see README). What a certificate states never changes
 * after issuance, so it is loaded once and kept; a number not yet loaded is read from the
 * records and kept. Its status comes from the status flags, which hold only the certificates
 * that are not valid: this instance's own changes apply at once, other instances' within pollMs.
 */
export function verificationIndex({ records, flags, clock, pollMs = 500 }: VerificationIndexOptions) {
  const certificates = new Map<string, IndexedCertificate>();
  let statuses = new Map<string, CurrentStatus>();
  const noted = new Map<string, { readonly status: CurrentStatus; readonly at: number }>();
  let timer: NodeJS.Timeout | undefined;

  const keep = (record: CertificateRecord): IndexedCertificate => {
    const { status: _s, revocation: _r, revision: _v, printSerial: _p, ...fixed } = record;
    const indexed = { record: fixed, identity: record.holder?.identity ?? null };
    certificates.set(record._id, indexed);
    return indexed;
  };

  const refresh = async () => {
    const started = clock().getTime();
    const next = new Map((await flags.find().toArray()).map((flag) => [flag._id, statusOfFlag(flag)]));
    // A change this instance made while the read was under way is newer than what it returned.
    for (const [certificateId, note] of noted) {
      if (note.at >= started) next.set(certificateId, note.status);
      else noted.delete(certificateId);
    }
    statuses = next;
  };

  return {
    /** Loads every certificate and the flags, then keeps the flags fresh until stop(). */
    async start(): Promise<void> {
      await refresh();
      for await (const record of records.find()) keep(record);
      timer = setInterval(() => void refresh().catch(() => undefined), pollMs);
      timer.unref();
    },
    stop(): void {
      clearInterval(timer);
    },
    async find(certificateNo: string): Promise<IndexedCertificate | null> {
      const known = certificates.get(certificateNo);
      if (known !== undefined) return known;
      const record = await records.findOne({ _id: certificateNo });
      return record === null ? null : keep(record);
    },
    statusOf(certificateId: string): CurrentStatus {
      return statuses.get(certificateId) ?? VALID;
    },
    /** This instance's own change, served at once. */
    note(certificateId: string, status: CertificateStatus, since: string): void {
      const current = status === 'valid' ? VALID : { status, since };
      noted.set(certificateId, { status: current, at: clock().getTime() });
      if (status === 'valid') statuses.delete(certificateId);
      else statuses.set(certificateId, current);
    },
    size: () => certificates.size,
  };
}

export type VerificationIndex = ReturnType<typeof verificationIndex>;
