import type { SealedName, WorkerId } from '@tianfu/contracts';
import type { DataKey } from './data-key.ts';
import { openText, type SealedKind, sealText } from './sealed-text.ts';

const nameKind: SealedKind = { prefix: 'n1', purpose: 'name' };

/** `n1.<keyId>.<iv>.<tag>.<ciphertext>`: the name under the worker's data key, bound to worker and key. */
export const sealName = (workerId: WorkerId, name: string, key: DataKey): SealedName =>
  sealText(nameKind, workerId, name, key) as SealedName;

/**
 * Null when the name was sealed under an erased key of the worker (`key` has another keyId);
 * throws PERSONAL_DATA_UNREADABLE when it was altered or is bound to another worker.
 */
export const openName = (workerId: WorkerId, sealed: SealedName, key: DataKey): string | null =>
  openText(nameKind, workerId, sealed, key);
