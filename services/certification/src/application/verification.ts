import { randomBytes } from 'node:crypto';
import { chinaDate, skillLevel } from '@tianfu/contracts';
import type { JSONWebKeySet } from 'jose';
import { holderNameIdentity, holderNameMatches, verifyCredential } from '../crypto/index.ts';
import { type Validity, validityOn } from '../domain/validity.ts';
import { type VerificationCheck, verificationChecks } from '../domain/verification-checks.ts';
import type { CatalogueNameOf, OccupationNameOf } from './catalogue-port.ts';
import type { SignedBy } from './credential-signatures.ts';
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
  /** Each check apart (docs/domain.md §3.1); none for a certificate not found. */
  readonly checks: VerificationCheck[];
}

/** One answer for an unknown number, a wrong name and a bad token (docs/architecture.md "Certificates"). */
export const NOT_FOUND: VerificationAnswer = { result: 'not-found', certificate: null, checks: [] };

/** The occupation's name is the catalogue's (docs/domain.md §3.1 职业名称). */
export function publicCertificate(
  record: IndexedCertificate['record'],
  current: Pick<CurrentStatus, 'status' | 'since'>,
  occupationNameOf: OccupationNameOf,
): PublicCertificate {
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

const DECOY = holderNameIdentity('', randomBytes(16).toString('base64url'));

export interface Verifier {
  verify(request: VerificationRequest): Promise<VerificationAnswer>;
  verifyMany(requests: readonly VerificationRequest[]): Promise<VerificationAnswer[]>;
  /** A QR token checked online: a valid signature by one of our keys, and the certificate's current status. */
  verifyToken(token: string): Promise<VerificationAnswer>;
}

/** What an answer about a found certificate is made of, beside the certificate itself. */
export interface AnswerSources {
  readonly index: VerificationIndex;
  readonly clock: () => Date;
  readonly catalogueNameOf: CatalogueNameOf;
}

/** What verification states of an indexed certificate whose credential verifies under `signedBy`. */
export function answerFor(
  { index, clock, catalogueNameOf }: AnswerSources,
  { record }: IndexedCertificate,
  signedBy: string | null,
): VerificationAnswer {
  const today = chinaDate(clock());
  const current = index.statusOf(record.certificateId);
  const occupationName = catalogueNameOf(record.occupationCode);
  const checks = verificationChecks({
    ...record,
    certificateNo: record._id,
    signedBy,
    status: current.status,
    statusSince: current.since === null ? null : chinaDate(current.since),
    revocationReason: current.reason,
    revocationCaseRef: current.caseRef,
    occupationName,
    today,
  });
  const certificate = publicCertificate(record, current, (code) => occupationName ?? code);
  return { result: validityOn(record.issuedOn, current.status, today), certificate, checks };
}

export interface VerifierOptions extends AnswerSources {
  readonly jwks: () => JSONWebKeySet;
  readonly signedBy: SignedBy;
}

export function verifier(options: VerifierOptions): Verifier {
  const { index, jwks, signedBy } = options;
  const answer = async (found: IndexedCertificate) => answerFor(options, found, await signedBy(found.record));

  const verify = async ({ certificateNo, name }: VerificationRequest): Promise<VerificationAnswer> => {
    const found = index.find(certificateNo);
    // An unknown number (or an erased name) is checked against a decoy: the same work as a wrong name.
    const matches = holderNameMatches(found?.identity ?? DECOY, name);
    if (found?.identity == null || !matches) return NOT_FOUND;
    return answer(found);
  };

  return {
    verify,
    // From memory, no I/O: a batch of the largest size takes milliseconds once its signatures are checked.
    verifyMany: (requests) => Promise.all(requests.map(verify)),
    async verifyToken(token) {
      const checked = await verifyCredential(token, jwks());
      if (!checked.ok) return NOT_FOUND;
      const found = index.find(checked.credential.certificateNo);
      if (found === null || `urn:uuid:${found.record.certificateId}` !== checked.credential.id) return NOT_FOUND;
      return answerFor(options, found, checked.kid);
    },
  };
}
