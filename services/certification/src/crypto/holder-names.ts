import { createHash } from 'node:crypto';
import { holderNames, type Sha256Hex } from '../domain/credential/index.ts';

/** The hashing port's adapter. */
export const sha256Hex: Sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

export const { holderNameIdentity, holderNameMatches, credentialHolder } = holderNames(sha256Hex);
