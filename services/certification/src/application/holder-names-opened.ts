import type { CertificateRecord } from './certificate-records.ts';
import type { HolderNames } from './holder-names.ts';

/**
 * The holders' names in full, for the certificate office alone; null where the record has no
 * sealed name or the worker's key was erased. Same order as given; one read of the keys.
 */
export async function openHolderNames(
  names: Pick<HolderNames, 'openNames'>,
  records: readonly Pick<CertificateRecord, 'workerId' | 'holderName'>[],
): Promise<(string | null)[]> {
  const sealed = records.flatMap((record, i) =>
    record.holderName === null ? [] : [{ i, workerId: record.workerId, sealed: record.holderName }],
  );
  const opened = sealed.length === 0 ? [] : await names.openNames(sealed);
  const shown: (string | null)[] = records.map(() => null);
  sealed.forEach(({ i }, k) => {
    shown[i] = opened[k] ?? null;
  });
  return shown;
}
