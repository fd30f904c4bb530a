import type { ErasureLog } from '@tianfu/service-kit';
import type { Collection } from 'mongodb';
import type { CertificateStatus } from '../domain/certificate.ts';
import type { HolderNameIdentity } from '../domain/credential/index.ts';
import type { CertificateRecord, CertificateRecords, StatedRecord } from './certificate-records.ts';
import { RECORD_LOOK_BACK_MS, recordsNewSince } from './recent-records.ts';
import type { RevocationGrounds, RevocationReason, StatusFlag } from './status-lists.ts';

/** What verification needs of a certificate that never changes once issued. */
export interface IndexedCertificate {
  readonly record: StatedRecord;
  readonly identity: HolderNameIdentity | null;
}

export interface CurrentStatus {
  readonly status: CertificateStatus;
  /** When it was revoked or suspended; null while valid. */
  readonly since: string | null;
  /** Why it was revoked (the category); null otherwise, or when the flag predates keeping it. */
  readonly reason: RevocationReason | null;
  /** The supervision case that decided the revocation; null otherwise. */
  readonly caseRef: string | null;
}

const ERASURE_LOOK_BACK_MS = 60_000;

const VALID: CurrentStatus = { status: 'valid', since: null, reason: null, caseRef: null };

const statusOfFlag = (flag: StatusFlag): CurrentStatus => ({
  status: flag.purpose === 'revocation' ? 'revoked' : 'suspended',
  since: flag.at,
  reason: flag.purpose === 'revocation' ? (flag.reason ?? null) : null,
  caseRef: flag.purpose === 'revocation' ? (flag.caseRef ?? null) : null,
});

export interface VerificationIndexOptions {
  readonly records: CertificateRecords;
  readonly flags: Collection<StatusFlag>;
  readonly clock: () => Date;
  /** Workers whose personal data was erased: their certificates stop stating a name (hash and mask). */
  readonly erasures: ErasureLog;
  /** How often the flags are read again: the bound on how stale another instance's change may be here. */
  readonly pollMs?: number;
}

/**
 * Public verification answers from memory (p99 ≤ 10 ms at 1,000 req/s and ≥ 3,000 req/s; a read
 * per request cannot, see README). The index holds every certificate, so a number it does not
 * hold is unknown and answered without any I/O: a hit, a miss and a wrong name take the same
 * time (a miss that read the database answered measurably slower, telling which numbers exist).
 * What a certificate states never changes after issuance, so it is loaded once and kept: at
 * start, at once when this instance issues it, and within pollMs when another instance does.
 * Its status comes from the status flags, which hold only the certificates that are not valid:
 * this instance's own changes apply at once, other instances' within pollMs.
 */
export function verificationIndex({ records, flags, clock, erasures, pollMs = 500 }: VerificationIndexOptions) {
  const certificates = new Map<string, IndexedCertificate>();
  const erased = new Set<string>();
  let erasedUpTo = '';
  let statuses = new Map<string, CurrentStatus>();
  const noted = new Map<string, { readonly status: CurrentStatus; readonly at: number }>();
  let timer: NodeJS.Timeout | undefined;

  const keep = (record: CertificateRecord): IndexedCertificate => {
    const { status: _s, revocation: _r, revision: _v, printSerial: _p, ...fixed } = record;
    const holder = erased.has(record.workerId) ? null : record.holder;
    const indexed = { record: { ...fixed, holder }, identity: holder?.identity ?? null };
    certificates.set(record._id, indexed);
    return indexed;
  };

  let recordedFrom = '';

  const catchUp = async (started: number) => {
    const news = await recordsNewSince(records, recordedFrom, new Date(started), (no) => certificates.has(no));
    for (const record of news) keep(record);
    recordedFrom = new Date(started - RECORD_LOOK_BACK_MS).toISOString();
  };

  const refresh = async () => {
    const started = clock().getTime();
    await catchUp(started);
    const next = new Map((await flags.find().toArray()).map((flag) => [flag._id, statusOfFlag(flag)]));
    // A change this instance made while the read was under way is newer than what it returned.
    for (const [certificateId, note] of noted) {
      if (note.at >= started) next.set(certificateId, note.status);
      else noted.delete(certificateId);
    }
    statuses = next;
    await forgetErased();
  };

  /**
   * Erasure (crypto-shredding) leaves the name's salted hash and mask here, derived before the key
   * went: drop them from memory and from the records, so a verification by name can no longer
   * match and no masked name is shown. Idempotent: every instance may clear the same records.
   */
  async function forgetErased() {
    // A minute's look-back: another instance's clock may lag ours; the ones already applied are skipped.
    const lookBack = erasedUpTo === '' ? '' : new Date(Date.parse(erasedUpTo) - ERASURE_LOOK_BACK_MS).toISOString();
    const news = (await erasures.since(lookBack)).filter((e) => !erased.has(e._id));
    if (news.length === 0) return;
    for (const { _id: workerId } of news) {
      erased.add(workerId);
      await records.updateMany({ workerId }, { $set: { holder: null } });
    }
    for (const indexed of certificates.values())
      if (erased.has(indexed.record.workerId) && indexed.identity !== null)
        certificates.set(indexed.record._id, { record: { ...indexed.record, holder: null }, identity: null });
    // biome-ignore lint/complexity/useMathMinMax: erasedAt is ISO text, which Math.max would turn into NaN
    erasedUpTo = news.reduce((latest, e) => (e.erasedAt > latest ? e.erasedAt : latest), erasedUpTo);
  }

  return {
    /** Loads every certificate and the flags, then keeps both fresh until stop(). */
    async start(): Promise<void> {
      recordedFrom = new Date(clock().getTime() - RECORD_LOOK_BACK_MS).toISOString();
      for await (const record of records.find()) keep(record);
      await refresh();
      timer = setInterval(() => void refresh().catch(() => undefined), pollMs);
      timer.unref();
    },
    stop(): void {
      clearInterval(timer);
    },
    /** Never reads the database: a number not held here is not a certificate (yet, for up to pollMs). */
    find(certificateNo: string): IndexedCertificate | null {
      return certificates.get(certificateNo) ?? null;
    },
    /** A certificate this instance just recorded, served at once. */
    add(record: CertificateRecord): void {
      keep(record);
    },
    statusOf(certificateId: string): CurrentStatus {
      return statuses.get(certificateId) ?? VALID;
    },
    /** This instance's own change, served at once. */
    note(certificateId: string, status: CertificateStatus, since: string, grounds: RevocationGrounds | null): void {
      const revoked = status === 'revoked' ? grounds : null;
      const current =
        status === 'valid'
          ? VALID
          : { status, since, reason: revoked?.reason ?? null, caseRef: revoked?.caseRef ?? null };
      noted.set(certificateId, { status: current, at: clock().getTime() });
      if (status === 'valid') statuses.delete(certificateId);
      else statuses.set(certificateId, current);
    },
  };
}

export type VerificationIndex = ReturnType<typeof verificationIndex>;
