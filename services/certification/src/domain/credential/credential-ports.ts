import type { CertificateCredential } from './certificate-credential.ts';

/** Hashing port: SHA-256 of a text's UTF-8 bytes as lowercase hex (adapter: src/crypto, node:crypto). */
export type Sha256Hex = (text: string) => string;

/** Signing port: a credential as a compact JWS, signed with the ring's active key (adapter: src/crypto, jose). */
export type SignCredential<TRing> = (ring: TRing, credential: object) => Promise<string>;

export type CredentialFailureCode = 'CREDENTIAL_BAD_SIGNATURE' | 'CREDENTIAL_UNKNOWN_KID' | 'CREDENTIAL_MALFORMED';

/**
 * The codes are for logs and metrics; the public answer must not tell them apart from
 * "no such certificate" (docs/architecture.md "Certificates").
 */
export type CredentialVerification<T = CertificateCredential> =
  | { readonly ok: true; readonly kid: string; readonly credential: T }
  | { readonly ok: false; readonly code: CredentialFailureCode };

/** Verifying port: needs only the published key set, so a verifier can check a QR token offline. */
export type VerifyCredential<TKeySet> = <T = CertificateCredential>(
  token: string,
  keySet: TKeySet,
) => Promise<CredentialVerification<T>>;
