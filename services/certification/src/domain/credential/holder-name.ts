import { createHash } from 'node:crypto';
import { maskHolderName, normaliseHolderName } from '@tianfu/contracts';

/**
 * An Open Badges 3.0 IdentityObject for the holder's name (domain.md §6): the token carries
 * `sha256$hex(sha256(name + salt))` and the salt, never the name, so a verifier who is told the
 * name can check it offline. The salt is per credential, so two tokens of one holder share no
 * hash. Chinese names are few enough to guess by brute force: this keeps the name out of plain
 * sight and out of bulk scraping, it does not make it secret.
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

/** What a certificate states of its holder's name: a salted hash to check a given name against, and a mask to show. */
export const credentialHolder = (name: string, salt: string): CredentialHolder => ({
  identity: holderNameIdentity(name, salt),
  maskedName: maskHolderName(name),
});
