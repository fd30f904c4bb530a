import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { contractError } from '../errors/contract-error.ts';
import { type IdDocument, normaliseIdDocument } from './id-document.ts';

/** HMAC-SHA256 hex digest of the normalised ID document (docs/architecture.md "Identity and personal data"). */
export const WorkerIdSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'workerId must be 64 lowercase hex characters (HMAC-SHA256 of the ID document)');
export type WorkerId = z.infer<typeof WorkerIdSchema>;

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
