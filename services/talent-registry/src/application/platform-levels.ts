import { type CertificateFacts, heldCertificates } from '@tianfu/platform-certificates';
import type { PlatformLevel } from '../domain/appointment-rules.ts';

/** The levels the platform knows a worker holds in the occupation: its certificates, revoked ones not. */
export async function platformLevelsOf(
  certificates: CertificateFacts,
  workerId: string,
  occupationCode: string,
): Promise<PlatformLevel[]> {
  return heldCertificates(await certificates.of([workerId]))
    .filter((c) => c.occupationCode === occupationCode)
    .map(({ level, certificateNo }) => ({ occupationCode, level, certificateNo }));
}
