export type { CertificateCredential, CertificateCredentialInput } from './certificate-credential.ts';
export { certificateCredential, NO_WORK_TYPE, OCCUPATION_FRAMEWORK } from './certificate-credential.ts';
export type { CredentialErrorCode } from './credential-errors.ts';
export { credentialError } from './credential-errors.ts';
export type { CredentialHolder, HolderNameIdentity } from './holder-name.ts';
export { credentialHolder, holderNameIdentity, holderNameMatches } from './holder-name.ts';
export type { OfflineResult, OfflineVerification } from './offline-verification.ts';
export { verifyOffline } from './offline-verification.ts';
export type { CredentialFailureCode, CredentialVerification } from './sign-credential.ts';
export { CREDENTIAL_TYP, signCredential, verifyCredential } from './sign-credential.ts';
export type { KeyRing, SigningKey, StoredSigningKey } from './signing-keys.ts';
export {
  activeSigningKey,
  exportSigningKey,
  generateSigningKey,
  importSigningKey,
  jwks,
  rotateKeyRing,
  SIGNING_ALG,
} from './signing-keys.ts';
