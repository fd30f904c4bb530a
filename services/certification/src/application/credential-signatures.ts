import type { JSONWebKeySet } from 'jose';
import { verifyCredential } from '../crypto/index.ts';
import type { StatedRecord } from './certificate-records.ts';
import type { CertificateTokens } from './certificate-tokens.ts';

/** The published key a certificate's credential verifies under; null when it verifies under none. */
export type SignedBy = (record: StatedRecord) => Promise<string | null>;

/** Which keys a key set publishes: equal for two reads of the same ring, different after a rotation. */
const fingerprint = (keySet: JSONWebKeySet): string => keySet.keys.map((key) => `${key.kid}:${key.x}`).join(',');

/**
 * The signature check of a certificate verified by number and name or by its reference: its
 * credential, signed as its QR token is, checked against the published JWKS as any verifier would.
 * Remembered per certificate while the published keys stay the same (a rotation starts afresh), so
 * each certificate is signed and checked once, not per request.
 */
export function credentialSignatures(tokens: CertificateTokens, jwks: () => JSONWebKeySet): SignedBy {
  let keysSeen = '';
  let known = new Map<string, Promise<string | null>>();
  const check = async (record: StatedRecord, keySet: JSONWebKeySet): Promise<string | null> => {
    const result = await verifyCredential(await tokens.token(record), keySet);
    return result.ok ? result.kid : null;
  };
  return (record) => {
    const keySet = jwks();
    const keys = fingerprint(keySet);
    if (keys !== keysSeen) {
      keysSeen = keys;
      known = new Map();
    }
    const remembered = known.get(record._id);
    if (remembered !== undefined) return remembered;
    const signedBy = check(record, keySet);
    const memory = known;
    memory.set(record._id, signedBy);
    // A failure to sign (no active key yet) is tried again next time, not remembered.
    signedBy.catch(() => memory.delete(record._id));
    return signedBy;
  };
}
