import { chinaDate } from '@tianfu/contracts';
import type { OccupationNameOf } from './catalogue-port.ts';
import type { CertificateReferences } from './certificate-references.ts';
import type { CertificateTokens } from './certificate-tokens.ts';
import { answerFor, NOT_FOUND, type VerificationAnswer } from './verification.ts';
import type { VerificationIndex } from './verification-index.ts';

export interface ReferenceAnswer extends VerificationAnswer {
  /** The signed credential, for a verifier who keeps it and checks it offline later; null when not found. */
  readonly token: string | null;
}

export type VerifyReference = (reference: string) => Promise<ReferenceAnswer>;

/** What a scanned QR code answers: the certificate's current status, what the public may see, and its token. */
export function referenceVerifier(
  index: VerificationIndex,
  references: CertificateReferences,
  tokens: CertificateTokens,
  clock: () => Date,
  occupationNameOf: OccupationNameOf,
): VerifyReference {
  return async (reference) => {
    const record = await references.resolve(reference);
    const found = record === null ? null : index.find(record._id);
    if (record === null || found === null) return { ...NOT_FOUND, token: null };
    return { ...answerFor(index, found, chinaDate(clock()), occupationNameOf), token: await tokens.token(record) };
  };
}
