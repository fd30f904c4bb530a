import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** AES-256-GCM output: a fresh 12-byte IV per message and the 16-byte tag that authenticates it. */
export interface Sealed {
  readonly iv: Uint8Array;
  readonly tag: Uint8Array;
  readonly ciphertext: Uint8Array;
}

const algorithm = 'aes-256-gcm';
export const keyBytes = 32;
const ivBytes = 12;
const tagBytes = 16;

/**
 * `context` is authenticated, not encrypted: it binds the ciphertext to where it belongs (worker,
 * key, type), so a sealed value copied onto another document fails to open.
 */
export function sealBytes(key: Uint8Array, plaintext: Uint8Array, context: string): Sealed {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv(algorithm, key, iv, { authTagLength: tagBytes });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

/** Throws when the key is wrong or anything (IV, tag, ciphertext, context) was altered. */
export function openBytes(key: Uint8Array, sealed: Sealed, context: string): Buffer {
  const decipher = createDecipheriv(algorithm, key, sealed.iv, { authTagLength: tagBytes });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
}
