import { gunzipSync, gzipSync } from 'node:zlib';
import { StatusBits, statusListError } from '../domain/status-list/index.ts';

/** Multibase prefix of base64url without padding; the spec requires it on `encodedList`. */
const MULTIBASE_BASE64URL = 'u';

/** A verifier inflates lists from anywhere: refuse more than 16 MiB (128 Mi entries) of bitstring. */
const MAX_DECODED_BYTES = 16 * 1024 * 1024;

/** `encodedList`: Multibase base64url (no padding) of the GZIP-compressed bitstring. */
export function encodeStatusList(bits: StatusBits): string {
  return MULTIBASE_BASE64URL + gzipSync(bits.toBytes()).toString('base64url');
}

export function decodeStatusList(encodedList: string): StatusBits {
  if (!encodedList.startsWith(MULTIBASE_BASE64URL)) {
    throw statusListError('STATUS_LIST_MALFORMED', 'encodedList must be Multibase base64url (prefix "u")');
  }
  return StatusBits.fromBytes(gunzip(Buffer.from(encodedList.slice(1), 'base64url')));
}

function gunzip(compressed: Buffer): Buffer {
  try {
    return gunzipSync(compressed, { maxOutputLength: MAX_DECODED_BYTES });
  } catch {
    throw statusListError('STATUS_LIST_MALFORMED', 'encodedList is not a GZIP bitstring of at most 16 MiB');
  }
}

/** For an offline verifier: whether the bit at `index` is set (revoked or suspended, by the list's purpose). */
export const statusAt = (encodedList: string, index: number): boolean => decodeStatusList(encodedList).get(index);
