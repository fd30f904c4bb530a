import type { WorkerId } from '@tianfu/contracts';
import { openBytes, sealBytes } from './aes-gcm.ts';
import type { DataKey } from './data-key.ts';
import { personalDataUnreadable } from './personal-data-errors.ts';

/** What a sealed value is: its form's prefix, and the purpose its ciphertext is bound to. */
export interface SealedKind {
  readonly prefix: 'n1' | 'g1';
  readonly purpose: 'name' | 'target-groups';
}

// The contracts' sealed forms allow 300 base64url characters of ciphertext: 225 bytes, some 75 汉字.
const maxTextBytes = 225;
const context = (kind: SealedKind, workerId: WorkerId, keyId: string) => `${kind.purpose}:${workerId}:${keyId}`;
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** `<prefix>.<keyId>.<iv>.<tag>.<ciphertext>`: the text under the worker's data key, bound to purpose, worker and key. */
export function sealText(kind: SealedKind, workerId: WorkerId, text: string, key: DataKey): string {
  const plaintext = Buffer.from(text, 'utf8');
  if (plaintext.length === 0 || plaintext.length > maxTextBytes) {
    throw new RangeError(`a sealed ${kind.purpose} has 1–${maxTextBytes} bytes of UTF-8`);
  }
  const { iv, tag, ciphertext } = sealBytes(key.key, plaintext, context(kind, workerId, key.keyId));
  return [kind.prefix, key.keyId, base64url(iv), base64url(tag), base64url(ciphertext)].join('.');
}

/** Strict base64url: any other text, even one decoding to the same bytes, is not what was sealed. */
function decoded(text: string): Buffer {
  const bytes = Buffer.from(text, 'base64url');
  if (base64url(bytes) !== text) throw new TypeError('not canonical base64url');
  return bytes;
}

/**
 * Null when the text was sealed under an erased key of the worker (`key` has another keyId);
 * throws PERSONAL_DATA_UNREADABLE when it was altered, is bound to another worker or is of another kind.
 */
export function openText(kind: SealedKind, workerId: WorkerId, sealed: string, key: DataKey): string | null {
  const parts = sealed.split('.');
  const unreadable = () =>
    personalDataUnreadable(`a sealed ${kind.purpose} of worker ${workerId} failed authentication`);
  if (parts.length !== 5 || parts[0] !== kind.prefix) throw unreadable();
  const [, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string];
  if (keyId !== key.keyId) return null;
  try {
    const opened = openBytes(
      key.key,
      { iv: decoded(iv), tag: decoded(tag), ciphertext: decoded(ciphertext) },
      context(kind, workerId, keyId),
    );
    return opened.toString('utf8');
  } catch {
    throw unreadable();
  }
}
