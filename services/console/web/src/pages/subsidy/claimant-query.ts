import { AnyCertificateNumberSchema, WorkerIdSchema } from '@tianfu/contracts/forms';

export interface ClaimantQuery {
  readonly certificateNo: string;
  readonly workerId: string;
}

/**
 * The query checked as the API checks it: a certificate number (its holder is looked up) or else a
 * worker id; the error of the field at fault, or of both when neither is given.
 */
export function checkClaimantQuery(
  query: ClaimantQuery,
  either: string,
): { ok: true; by: 'certificate' | 'worker'; value: string } | { ok: false; errors: Record<string, string> } {
  const certificateNo = query.certificateNo.trim();
  const workerId = query.workerId.trim();
  if (certificateNo !== '') {
    const checked = AnyCertificateNumberSchema.safeParse(certificateNo);
    return checked.success
      ? { ok: true, by: 'certificate', value: checked.data }
      : { ok: false, errors: { certificateNo: checked.error.issues[0]?.message ?? either } };
  }
  if (workerId === '') return { ok: false, errors: { certificateNo: either, workerId: either } };
  const checked = WorkerIdSchema.safeParse(workerId);
  return checked.success
    ? { ok: true, by: 'worker', value: checked.data }
    : { ok: false, errors: { workerId: checked.error.issues[0]?.message ?? either } };
}
