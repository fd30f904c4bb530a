import { signCredential } from '../crypto/index.ts';
import { certificateCredential } from '../domain/credential/index.ts';
import type { OccupationNameOf } from './catalogue-port.ts';
import type { StatedRecord } from './certificate-records.ts';
import type { SigningKeys } from './signing-key-store.ts';
import { statusListUrl } from './status-lists.ts';

/** Where an occupation's national standard is published; Open Badges wants a URL on an alignment. */
const STANDARDS_URL = 'https://www.osta.org.cn/';

export interface CertificateTokens {
  /** The certificate as a signed VC (compact JWS), signed with the ring's active key. */
  token(record: StatedRecord): Promise<string>;
}

/**
 * Signed on demand from the record: Ed25519 signatures are deterministic, so the same record and
 * key give the same token every time. Tokens signed before the token stopped carrying the
 * salted name hash still verify (online and offline); they cannot be recalled, only replaced
 * by printing the certificate again.
 */
export function certificateTokens(
  keys: SigningKeys,
  baseUrl: string,
  occupationNameOf: OccupationNameOf,
): CertificateTokens {
  const token = (record: StatedRecord) => {
    const { listId, index } = record.statusEntry;
    const credential = certificateCredential({
      certificateId: record.certificateId,
      certificateNo: record._id,
      bodyId: record.bodyId,
      bodyName: record.bodyName,
      occupationCode: record.occupationCode,
      occupationName: occupationNameOf(record.occupationCode),
      occupationUrl: STANDARDS_URL,
      workType: record.workType,
      level: record.level,
      issuedOn: record.issuedOn,
      workerId: record.workerId,
      maskedName: record.holder?.maskedName ?? null,
      status: {
        revocationList: statusListUrl(baseUrl, listId, 'revocation'),
        suspensionList: statusListUrl(baseUrl, listId, 'suspension'),
        index,
      },
    });
    return signCredential(keys.ring(), credential);
  };
  return { token };
}
