import { randomBytes, randomUUID } from 'node:crypto';
import type { WorkerId } from '@tianfu/contracts';
import { Binary } from 'mongodb';
import { keyBytes, openBytes, sealBytes } from './aes-gcm.ts';
import { personalDataUnreadable } from './personal-data-errors.ts';

/** One worker's data key, wrapped by the master key, in the key collection every service shares. */
export interface WorkerKeyDocument {
  readonly _id: WorkerId;
  /** Names this key: a record sealed under an erased key of the same worker is recognised as erased. */
  readonly keyId: string;
  /** Which master key wrapped it, so the master key can be rotated by rewrapping. */
  readonly masterKeyVersion: number;
  readonly iv: Binary;
  readonly tag: Binary;
  readonly wrappedKey: Binary;
  readonly createdAt: Date;
}

export interface DataKey {
  readonly keyId: string;
  readonly key: Uint8Array;
}

const currentMasterKeyVersion = 1;
const wrapContext = (workerId: WorkerId, keyId: string, version: number) =>
  `worker-key:${workerId}:${keyId}:${version}`;

/** A fresh random data key for the worker and its document, wrapped by `masterKey`. */
export function newDataKey(
  workerId: WorkerId,
  masterKey: Uint8Array,
  createdAt: Date,
): { doc: WorkerKeyDocument; dataKey: DataKey } {
  const dataKey = { keyId: randomUUID(), key: randomBytes(keyBytes) };
  const sealed = sealBytes(masterKey, dataKey.key, wrapContext(workerId, dataKey.keyId, currentMasterKeyVersion));
  const doc: WorkerKeyDocument = {
    _id: workerId,
    keyId: dataKey.keyId,
    masterKeyVersion: currentMasterKeyVersion,
    iv: new Binary(sealed.iv),
    tag: new Binary(sealed.tag),
    wrappedKey: new Binary(sealed.ciphertext),
    createdAt,
  };
  return { doc, dataKey };
}

/** Throws PERSONAL_DATA_UNREADABLE under a wrong master key or when the document was altered. */
export function unwrapDataKey(doc: WorkerKeyDocument, masterKey: Uint8Array): DataKey {
  if (doc.masterKeyVersion !== currentMasterKeyVersion) {
    throw personalDataUnreadable(`the key of worker ${doc._id} is wrapped by master key v${doc.masterKeyVersion}`);
  }
  const sealed = { iv: doc.iv.value(), tag: doc.tag.value(), ciphertext: doc.wrappedKey.value() };
  try {
    return {
      keyId: doc.keyId,
      key: openBytes(masterKey, sealed, wrapContext(doc._id, doc.keyId, doc.masterKeyVersion)),
    };
  } catch {
    throw personalDataUnreadable(`the key of worker ${doc._id} does not open under the master key`);
  }
}
