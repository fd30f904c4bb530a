import { createHmac } from 'node:crypto';
import { contractError } from '../errors/contract-error.ts';
import { type IdDocument, normaliseIdDocument } from './id-document.ts';
import type { WorkerId } from './worker-id-schema.ts';

export { type WorkerId, WorkerIdSchema } from './worker-id-schema.ts';

/** The ID space is small enough to enumerate, so the key alone keeps a workerId from revealing a number. */
export const minPlatformKeyBytes = 32;

/**
 * The stable pseudonymous id of a worker. The number is normalised first (a 15-digit 居民身份证号
 * and its 18-digit form give the same id); an invalid document throws its ID_* ContractError.
 */
export function deriveWorkerId(platformKey: string | Uint8Array, document: IdDocument): WorkerId {
  const key = typeof platformKey === 'string' ? Buffer.from(platformKey, 'utf8') : platformKey;
  if (key.byteLength < minPlatformKeyBytes) {
    throw contractError('PLATFORM_KEY_TOO_SHORT', `the platform key needs at least ${minPlatformKeyBytes} bytes`);
  }
  const checked = normaliseIdDocument(document);
  if (!checked.ok) throw contractError(checked.code, checked.reason);
  const { idType, idNumber } = checked.value;
  return createHmac('sha256', key).update(`${idType}:${idNumber}`, 'utf8').digest('hex');
}
