export type { CertificateCredential, CertificateCredentialInput } from './certificate-credential.ts';
export { certificateCredential, NO_WORK_TYPE, OCCUPATION_FRAMEWORK } from './certificate-credential.ts';
export type { CredentialErrorCode } from './credential-errors.ts';
export { credentialError } from './credential-errors.ts';
export type {
  CredentialFailureCode,
  CredentialVerification,
  Sha256Hex,
  SignCredential,
  VerifyCredential,
} from './credential-ports.ts';
export type { CredentialHolder, HolderNameIdentity, HolderNames } from './holder-name.ts';
export { holderNames } from './holder-name.ts';
