import type { JSONWebKeySet } from 'jose';
import type { StatusPurpose } from '../domain/status-list/index.ts';
import { statusAt } from './encoded-list.ts';
import { verifyCredential } from './sign-credential.ts';

export type OfflineResult = 'valid' | 'suspended' | 'revoked' | 'not-found';

export interface OfflineVerification {
  readonly result: OfflineResult;
  readonly certificateNo: string | null;
  readonly maskedName: string | null;
  /** The published key whose signature the token carries; null when not found. */
  readonly signedBy: string | null;
}

interface StatusListPayload {
  readonly id: string;
  readonly credentialSubject: { readonly statusPurpose: StatusPurpose; readonly encodedList: string };
}

const notFound: OfflineVerification = { result: 'not-found', certificateNo: null, maskedName: null, signedBy: null };

/**
 * What a verifier with no connection concludes from a QR token: the token's signature against
 * the JWKS, then each status entry's bit in the signed status list it names. `statusLists` maps a
 * status list URL to the vc+jwt fetched from it earlier. A missing or unverifiable list makes the
 * answer not-found, never valid. The holder is shown by the masked name; the token carries nothing
 * to check a full name against (a hash of a name is inverted by trying common names), so matching
 * a name is done online, by POST /v1/verify.
 */
export async function verifyOffline(
  token: string,
  jwks: JSONWebKeySet,
  statusLists: ReadonlyMap<string, string>,
): Promise<OfflineVerification> {
  const checked = await verifyCredential(token, jwks);
  // A status list is signed by the same keys: only a certificate credential passes as one.
  if (!checked.ok || !checked.credential.type?.includes('OpenBadgeCredential')) return notFound;
  const { credentialSubject, credentialStatus, certificateNo } = checked.credential;
  const set = new Set<StatusPurpose>();
  for (const entry of credentialStatus) {
    const listToken = statusLists.get(entry.statusListCredential);
    if (listToken === undefined) return notFound;
    const list = await verifyCredential<StatusListPayload>(listToken, jwks);
    if (!list.ok || list.credential.id !== entry.statusListCredential) return notFound;
    const { statusPurpose, encodedList } = list.credential.credentialSubject;
    if (statusPurpose !== entry.statusPurpose) return notFound;
    if (statusAt(encodedList, Number(entry.statusListIndex))) set.add(statusPurpose);
  }
  const result = set.has('revocation') ? 'revoked' : set.has('suspension') ? 'suspended' : 'valid';
  return { result, certificateNo, maskedName: credentialSubject.maskedName, signedBy: checked.kid };
}
