import type { CertificateRecord, CertificateRecords } from './certificate-records.ts';

/**
 * How far back each poll reads again: a record becomes visible up to this long after the time
 * its writer stamped on it (insert latency plus the writers' clock skew) and is still found.
 */
export const RECORD_LOOK_BACK_MS = 5_000;

/**
 * The records recorded since `from` that `known` does not hold yet: how one instance learns of
 * certificates another instance issued. Only ids are read for the window; whole records only
 * for the new ones.
 */
export async function recordsNewSince(
  records: CertificateRecords,
  from: string,
  known: (certificateNo: string) => boolean,
): Promise<CertificateRecord[]> {
  const recent = await records.find({ recordedAt: { $gte: from } }, { projection: { _id: 1 } }).toArray();
  const unknown = recent.map(({ _id }) => _id).filter((certificateNo) => !known(certificateNo));
  return unknown.length === 0 ? [] : records.find({ _id: { $in: unknown } }).toArray();
}
