import type { RevocationReasonSchema, StatusEntry } from '@tianfu/contracts';
import type { Collection } from 'mongodb';
import type { z } from 'zod';
import { encodeStatusList, signCredential } from '../crypto/index.ts';
import type { CertificateStatus } from '../domain/certificate.ts';
import {
  MIN_STATUS_LIST_SIZE,
  StatusBits,
  type StatusPurpose,
  statusListCredential,
  statusListError,
} from '../domain/status-list/index.ts';
import type { CertificateRecords } from './certificate-records.ts';
import type { SigningKeys } from './signing-key-store.ts';

/** A certificate that is not valid, at its index; a valid one has no flag. `_id` = certificateId. */
export interface StatusFlag {
  readonly _id: string;
  readonly listId: string;
  readonly index: number;
  readonly purpose: StatusPurpose;
  /** When it was revoked or suspended. */
  readonly at: string;
  /** A revocation's reason category, shown by verification; absent on flags written before it was kept. */
  readonly reason?: RevocationReason;
  /** The supervision case that decided a revocation, shown by verification; absent when none did. */
  readonly caseRef?: string;
}

export type RevocationReason = z.output<typeof RevocationReasonSchema>;

/** Why a certificate was revoked, as verification tells it: the category and the deciding case, if any. */
export interface RevocationGrounds {
  readonly reason: RevocationReason;
  readonly caseRef: string | null;
}

export const STATUS_PURPOSES: readonly StatusPurpose[] = ['revocation', 'suspension'];

export const statusListUrl = (baseUrl: string, listId: string, purpose: StatusPurpose): string =>
  `${baseUrl}/v1/status-lists/${listId}/${purpose}`;

const purposeOf: Readonly<Record<CertificateStatus, StatusPurpose | null>> = {
  valid: null,
  revoked: 'revocation',
  suspended: 'suspension',
};

export interface StatusListsOptions {
  readonly flags: Collection<StatusFlag>;
  /** A list exists when a certificate names it, or new certificates go on it (`currentListId`). */
  readonly records: CertificateRecords;
  readonly currentListId: string;
  readonly keys: SigningKeys;
  readonly baseUrl: string;
  /** The certificate office, as the lists' issuer. */
  readonly issuer: string;
  readonly clock: () => Date;
  /** How stale a served list may be when another instance changed a status. */
  readonly maxAgeMs?: number;
}

export interface StatusLists {
  /** Flags the certificate's bit in the list of its status's purpose (since `at`, on `grounds`), and clears the other. */
  set(
    certificateId: string,
    entry: StatusEntry,
    status: CertificateStatus,
    at: string,
    grounds: RevocationGrounds | null,
  ): Promise<void>;
  /** The signed BitstringStatusListCredential (vc+jwt) of one list and purpose; STATUS_LIST_NOT_FOUND for a list nobody issued on. */
  credential(listId: string, purpose: StatusPurpose): Promise<string>;
}

/**
 * Status lists built from the flags: few documents (only certificates that are not valid), read
 * whole per list. A change made here is served at once; one made by another instance within maxAgeMs.
 */
export function statusLists({
  flags,
  records,
  currentListId,
  keys,
  baseUrl,
  issuer,
  clock,
  maxAgeMs = 1_000,
}: StatusListsOptions): StatusLists {
  const built = new Map<string, { at: number; token: Promise<string> }>();
  const known = new Set([currentListId]);

  // An all-clear signed for a list we never issued on would vouch for credentials we never made.
  const assertExists = async (listId: string): Promise<void> => {
    if (known.has(listId)) return;
    const named = await records.findOne({ 'statusEntry.listId': listId }, { projection: { _id: 1 } });
    if (named === null) throw statusListError('STATUS_LIST_NOT_FOUND', `no certificate is on status list ${listId}`);
    known.add(listId);
  };

  const build = async (listId: string, purpose: StatusPurpose): Promise<string> => {
    const bits = StatusBits.empty(MIN_STATUS_LIST_SIZE);
    for (const flag of await flags.find({ listId, purpose }).toArray()) bits.set(flag.index);
    const id = statusListUrl(baseUrl, listId, purpose);
    const payload = statusListCredential({
      id,
      issuer,
      validFrom: clock(),
      purpose,
      encodedList: encodeStatusList(bits),
    });
    return signCredential(keys.ring(), payload);
  };

  return {
    async set(certificateId, { listId, index }, status, at, grounds) {
      const purpose = purposeOf[status];
      const kept =
        grounds === null
          ? {}
          : { reason: grounds.reason, ...(grounds.caseRef === null ? {} : { caseRef: grounds.caseRef }) };
      if (purpose === null) await flags.deleteOne({ _id: certificateId });
      else await flags.replaceOne({ _id: certificateId }, { listId, index, purpose, at, ...kept }, { upsert: true });
      for (const p of STATUS_PURPOSES) built.delete(`${listId}/${p}`);
    },
    async credential(listId, purpose) {
      await assertExists(listId);
      const key = `${listId}/${purpose}`;
      const now = clock().getTime();
      const cached = built.get(key);
      if (cached && now - cached.at < maxAgeMs) return cached.token;
      const token = build(listId, purpose);
      built.set(key, { at: now, token });
      token.catch(() => built.delete(key));
      return token;
    },
  };
}
