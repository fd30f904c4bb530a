import { chinaDate, findSeedOccupation, skillLevel } from '@tianfu/contracts';
import type { JSONWebKeySet } from 'jose';
import { holderNameMatches, verifyCredential } from '../domain/credential/index.ts';
import { type Validity, validityOn } from '../domain/validity.ts';
import type { CurrentStatus, IndexedCertificate, VerificationIndex } from './verification-index.ts';

export type VerificationResult = Validity | 'not-found';

/** What the public may see of a certificate: the holder's name masked, never an ID number. */
export interface PublicCertificate {
  readonly certificateNo: string;
  readonly maskedName: string | null;
  readonly occupationCode: string;
  readonly occupationName: string;
  readonly workType: string;
  readonly level: string;
  readonly levelLabel: string;
  readonly bodyName: string;
  readonly issuedOn: string;
  readonly revokedOn: string | null;
}

export interface VerificationAnswer {
  readonly result: VerificationResult;
  readonly certificate: PublicCertificate | null;
}

/** One answer for an unknown number, a wrong name and a bad token (ARCHITECTURE.md "Certificates"). */
export const NOT_FOUND: VerificationAnswer = { result: 'not-found', certificate: null };

export const occupationNameOf = (code: string): string => findSeedOccupation(code)?.name ?? code;

export function publicCertificate(record: IndexedCertificate['record'], current: CurrentStatus): PublicCertificate {
  return {
    certificateNo: record._id,
    maskedName: record.holder?.maskedName ?? null,
    occupationCode: record.occupationCode,
    occupationName: occupationNameOf(record.occupationCode),
    workType: record.workType,
    level: record.level,
    levelLabel: skillLevel(record.level).label,
    bodyName: record.bodyName,
    issuedOn: record.issuedOn,
    revokedOn: current.status === 'revoked' && current.since ? chinaDate(current.since) : null,
  };
}

export interface VerificationRequest {
  readonly certificateNo: string;
  readonly name: string;
}

/** Reads at once per batch: enough to keep the server busy, few enough not to starve other requests. */
const BATCH_CONCURRENCY = 32;

export interface Verifier {
  verify(request: VerificationRequest): Promise<VerificationAnswer>;
  verifyMany(requests: readonly VerificationRequest[]): Promise<VerificationAnswer[]>;
  /** A QR token checked online: a valid signature by one of our keys, and the certificate's current status. */
  verifyToken(token: string): Promise<VerificationAnswer>;
}

export function verifier(index: VerificationIndex, jwks: () => JSONWebKeySet, clock: () => Date): Verifier {
  const answer = ({ record }: IndexedCertificate): VerificationAnswer => {
    const current = index.statusOf(record.certificateId);
    const result = validityOn(record.issuedOn, current.status, chinaDate(clock()));
    return { result, certificate: publicCertificate(record, current) };
  };

  const verify = async ({ certificateNo, name }: VerificationRequest): Promise<VerificationAnswer> => {
    const found = await index.find(certificateNo);
    if (found?.identity == null || !holderNameMatches(found.identity, name)) return NOT_FOUND;
    return answer(found);
  };

  return {
    verify,
    async verifyMany(requests) {
      const answers: VerificationAnswer[] = new Array(requests.length);
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < requests.length; i = next++)
          answers[i] = await verify(requests[i] as VerificationRequest);
      };
      await Promise.all(Array.from({ length: Math.min(BATCH_CONCURRENCY, requests.length) }, worker));
      return answers;
    },
    async verifyToken(token) {
      const checked = await verifyCredential(token, jwks());
      if (!checked.ok) return NOT_FOUND;
      const found = await index.find(checked.credential.certificateNo);
      if (found === null || `urn:uuid:${found.record.certificateId}` !== checked.credential.id) return NOT_FOUND;
      return answer(found);
    },
  };
}
