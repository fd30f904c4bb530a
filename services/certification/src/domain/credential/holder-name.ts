import { maskHolderName, normaliseHolderName } from '@tianfu/contracts';
import type { Sha256Hex } from './credential-ports.ts';

/**
 * An Open Badges 3.0 IdentityObject for the holder's name (docs/domain.md §6): `sha256$hex(sha256(name
 * + salt))` and the salt, never the name, kept on the server's verification record so a
 * verification by number and name can be checked without opening the sealed name. Chinese names
 * are few enough to guess by brute force from hash and salt, so it never leaves the server: the
 * signed token carries only the masked name. The salt is per certificate, so two certificates of
 * one holder share no hash.
 */
export interface HolderNameIdentity {
  readonly type: 'IdentityObject';
  readonly identityType: 'name';
  readonly hashed: true;
  readonly identityHash: string;
  readonly salt: string;
}

export interface CredentialHolder {
  readonly identity: HolderNameIdentity;
  readonly maskedName: string;
}

/** What the server does with a holder's name, given the hashing port. */
export interface HolderNames {
  readonly holderNameIdentity: (name: string, salt: string) => HolderNameIdentity;
  readonly holderNameMatches: (identity: HolderNameIdentity, name: string) => boolean;
  /** What the server keeps of a holder's name: a salted hash to check a given name against, and a mask to show. */
  readonly credentialHolder: (name: string, salt: string) => CredentialHolder;
}

export function holderNames(sha256Hex: Sha256Hex): HolderNames {
  const nameHash = (name: string, salt: string): string => `sha256$${sha256Hex(`${normaliseHolderName(name)}${salt}`)}`;
  const holderNameIdentity = (name: string, salt: string): HolderNameIdentity => ({
    type: 'IdentityObject',
    identityType: 'name',
    hashed: true,
    identityHash: nameHash(name, salt),
    salt,
  });
  return {
    holderNameIdentity,
    holderNameMatches: (identity, name) => nameHash(name, identity.salt) === identity.identityHash,
    credentialHolder: (name, salt) => ({ identity: holderNameIdentity(name, salt), maskedName: maskHolderName(name) }),
  };
}
