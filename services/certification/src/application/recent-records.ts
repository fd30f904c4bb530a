import { type CertificateRecord, type CertificateRecords, recordedMinute } from './certificate-records.ts';

/**
 * How far back each poll reads again: a record becomes visible up to this long after the time
 * its writer stamped on it (insert latency plus the writers' clock skew) and is still found.
 */
export const RECORD_LOOK_BACK_MS = 5_000;

const MINUTE_MS = 60_000;

/** Every minute from `from`'s to `to`'s, both included. */
function minutesBetween(from: string, to: Date): string[] {
  const minutes: string[] = [];
  for (let at = Math.floor(Date.parse(from) / MINUTE_MS) * MINUTE_MS; at <= to.getTime(); at += MINUTE_MS)
    minutes.push(recordedMinute(new Date(at).toISOString()));
  return minutes;
}

/**
 * The records recorded since `from` that `known` does not hold yet: how one instance learns of
 * certificates another instance issued. Asked minute by minute with an equality filter, which the
 * document store answers from an index; a range on `recordedAt` is not pushed down by FerretDB
 * and read the whole collection on every poll. Only ids are read for the window; whole records
 * only for the new ones.
 */
export async function recordsNewSince(
  records: CertificateRecords,
  from: string,
  now: Date,
  known: (certificateNo: string) => boolean,
): Promise<CertificateRecord[]> {
  const unknown: string[] = [];
  for (const minute of minutesBetween(from, now)) {
    const ids = await records.find({ recordedMinute: minute }, { projection: { _id: 1, recordedAt: 1 } }).toArray();
    for (const { _id, recordedAt } of ids) if ((recordedAt ?? '') >= from && !known(_id)) unknown.push(_id);
  }
  return unknown.length === 0 ? [] : records.find({ _id: { $in: unknown } }).toArray();
}
