import type { CertificateReferences } from './certificate-references.ts';
import type { CertificateTokens } from './certificate-tokens.ts';
import type { SignedBy } from './credential-signatures.ts';
import { type AnswerSources, answerFor, NOT_FOUND, type VerificationAnswer } from './verification.ts';

export interface ReferenceAnswer extends VerificationAnswer {
  /** The signed credential, for a verifier who keeps it and checks it offline later; null when not found. */
  readonly token: string | null;
}

export type VerifyReference = (reference: string) => Promise<ReferenceAnswer>;

export interface ReferenceVerifierOptions extends AnswerSources {
  readonly references: CertificateReferences;
  readonly tokens: CertificateTokens;
  readonly signedBy: SignedBy;
}

/** What a scanned QR code answers: the certificate's current status, each check, what the public may see, and its token. */
export function referenceVerifier(options: ReferenceVerifierOptions): VerifyReference {
  const { index, references, tokens, signedBy } = options;
  return async (reference) => {
    const record = await references.resolve(reference);
    const found = record === null ? null : index.find(record._id);
    if (record === null || found === null) return { ...NOT_FOUND, token: null };
    const answer = answerFor(options, found, await signedBy(found.record));
    return { ...answer, token: await tokens.token(record) };
  };
}
