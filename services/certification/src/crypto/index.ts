export { decodeStatusList, encodeStatusList, statusAt } from './encoded-list.ts';
export { credentialHolder, holderNameIdentity, holderNameMatches, sha256Hex } from './holder-names.ts';
export type { OfflineResult, OfflineVerification } from './offline-verification.ts';
export { verifyOffline } from './offline-verification.ts';
export { CREDENTIAL_TYP, signCredential, verifyCredential } from './sign-credential.ts';
export type { KeyRing, PublishedKeySet, SigningKey, StoredSigningKey } from './signing-keys.ts';
export {
  activeSigningKey,
  exportSigningKey,
  generateSigningKey,
  importSigningKey,
  jwks,
  rotateKeyRing,
  SIGNING_ALG,
} from './signing-keys.ts';
