import { createHash } from 'node:crypto';
import { maskHolderName, normaliseHolderName } from '@tianfu/contracts';

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

const nameHash = (name: string, salt: string): string =>
  `sha256$${createHash('sha256')
    .update(`${normaliseHolderName(name)}${salt}`, 'utf8')
    .digest('hex')}`;

export const holderNameIdentity = (name: string, salt: string): HolderNameIdentity => ({
  type: 'IdentityObject',
  identityType: 'name',
  hashed: true,
  identityHash: nameHash(name, salt),
  salt,
});

export const holderNameMatches = (identity: HolderNameIdentity, name: string): boolean =>
  nameHash(name, identity.salt) === identity.identityHash;

export interface CredentialHolder {
  readonly identity: HolderNameIdentity;
  readonly maskedName: string;
}

/** What the server keeps of a holder's name: a salted hash to check a given name against, and a mask to show. */
export const credentialHolder = (name: string, salt: string): CredentialHolder => ({
  identity: holderNameIdentity(name, salt),
  maskedName: maskHolderName(name),
});
