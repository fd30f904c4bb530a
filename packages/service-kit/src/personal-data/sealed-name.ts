import type { SealedName, WorkerId } from '@tianfu/contracts';
import { openBytes, sealBytes } from './aes-gcm.ts';
import type { DataKey } from './data-key.ts';
import { personalDataUnreadable } from './personal-data-errors.ts';

// SealedNameSchema allows 300 base64url characters of ciphertext: 225 bytes, some 75 汉字.
const maxNameBytes = 225;
const nameContext = (workerId: WorkerId, keyId: string) => `name:${workerId}:${keyId}`;
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** `n1.<keyId>.<iv>.<tag>.<ciphertext>`: the name under the worker's data key, bound to worker and key. */
export function sealName(workerId: WorkerId, name: string, key: DataKey): SealedName {
  const plaintext = Buffer.from(name, 'utf8');
  if (plaintext.length === 0 || plaintext.length > maxNameBytes) {
    throw new RangeError(`a sealed name has 1–${maxNameBytes} bytes of UTF-8`);
  }
  const { iv, tag, ciphertext } = sealBytes(key.key, plaintext, nameContext(workerId, key.keyId));
  return ['n1', key.keyId, base64url(iv), base64url(tag), base64url(ciphertext)].join('.') as SealedName;
}

/** Strict base64url: any other text, even one decoding to the same bytes, is not what was sealed. */
function decoded(text: string): Buffer {
  const bytes = Buffer.from(text, 'base64url');
  if (base64url(bytes) !== text) throw new TypeError('not canonical base64url');
  return bytes;
}

/**
 * Null when the name was sealed under an erased key of the worker (`key` has another keyId);
 * throws PERSONAL_DATA_UNREADABLE when it was altered or is bound to another worker.
 */
export function openName(workerId: WorkerId, sealed: SealedName, key: DataKey): string | null {
  const parts = sealed.split('.');
  const unreadable = () => personalDataUnreadable(`a sealed name of worker ${workerId} failed authentication`);
  if (parts.length !== 5 || parts[0] !== 'n1') throw unreadable();
  const [, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string];
  if (keyId !== key.keyId) return null;
  try {
    const opened = openBytes(
      key.key,
      { iv: decoded(iv), tag: decoded(tag), ciphertext: decoded(ciphertext) },
      nameContext(workerId, keyId),
    );
    return opened.toString('utf8');
  } catch {
    throw unreadable();
  }
}
