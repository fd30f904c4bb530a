import type { IdType, WorkerId } from '@tianfu/contracts';
import { Binary } from 'mongodb';
import { openBytes, sealBytes } from './aes-gcm.ts';
import type { DataKey } from './data-key.ts';
import { personalDataUnreadable } from './personal-data-errors.ts';

/** What is sealed: the latest declared name and the normalised number. */
export interface PersonalData {
  readonly name: string;
  readonly idNumber: string;
}

/** A service's cached copy of one worker's personal data, readable only while the worker's key exists. */
export interface PersonalDataDocument {
  readonly _id: WorkerId;
  /** 证件类型 in clear: it says which kind of number is sealed, not whose. */
  readonly idType: IdType;
  /** The worker key it was sealed under; another keyId means that key was erased. */
  readonly keyId: string;
  readonly iv: Binary;
  readonly tag: Binary;
  readonly ciphertext: Binary;
  readonly sealedAt: Date;
}

const recordContext = (workerId: WorkerId, keyId: string, idType: IdType) =>
  `personal-data:${workerId}:${keyId}:${idType}`;

export function sealRecord(
  workerId: WorkerId,
  idType: IdType,
  data: PersonalData,
  key: DataKey,
  sealedAt: Date,
): PersonalDataDocument {
  const plaintext = Buffer.from(JSON.stringify({ name: data.name, idNumber: data.idNumber }), 'utf8');
  const sealed = sealBytes(key.key, plaintext, recordContext(workerId, key.keyId, idType));
  return {
    _id: workerId,
    idType,
    keyId: key.keyId,
    iv: new Binary(sealed.iv),
    tag: new Binary(sealed.tag),
    ciphertext: new Binary(sealed.ciphertext),
    sealedAt,
  };
}

/** Null when the record was sealed under a key that has since been erased; throws when it was altered. */
export function openRecord(doc: PersonalDataDocument, key: DataKey): PersonalData | null {
  if (doc.keyId !== key.keyId) return null;
  const sealed = { iv: doc.iv.value(), tag: doc.tag.value(), ciphertext: doc.ciphertext.value() };
  try {
    const { name, idNumber } = JSON.parse(
      openBytes(key.key, sealed, recordContext(doc._id, doc.keyId, doc.idType)).toString('utf8'),
    );
    return { name, idNumber };
  } catch {
    throw personalDataUnreadable(`the personal data of worker ${doc._id} failed authentication`);
  }
}
