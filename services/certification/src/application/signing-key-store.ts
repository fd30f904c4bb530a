import { isDuplicateKeyError } from '@tianfu/eventstore';
import { openBytes, sealBytes } from '@tianfu/service-kit';
import { Binary, type Collection } from 'mongodb';
import {
  exportSigningKey,
  generateSigningKey,
  importSigningKey,
  jwks,
  type KeyRing,
  type PublishedKeySet,
  type StoredSigningKey,
} from '../crypto/index.ts';

/** One key of the ring; the private JWK is sealed (AES-256-GCM) under SIGNING_KEY_WRAP_KEY. */
export interface SigningKeyDoc {
  readonly _id: string;
  readonly createdAt: Date;
  readonly retiredAt: Date | null;
  readonly iv: Binary;
  readonly tag: Binary;
  readonly ciphertext: Binary;
}

export interface SigningKeys {
  ring(): KeyRing;
  /** The public keys of the ring, retired ones included (they still verify what they signed). */
  jwks(): PublishedKeySet;
  /** A new key signs from now on; the others are retired. Returns the new kid. */
  rotate(): Promise<string>;
  /** Reads the ring again: another instance may have rotated. */
  refresh(): Promise<void>;
}

const context = (kid: string) => `signing-key:${kid}`;
const kidNumber = (kid: string) => Number(kid.slice(1));

/**
 * The certification service's Ed25519 key ring in its own database. Kids are k1, k2, …: the
 * insert of the next kid is what makes one rotation win when two instances rotate at once.
 */
export async function signingKeyStore(
  collection: Collection<SigningKeyDoc>,
  wrapKeyText: string,
  clock: () => Date,
): Promise<SigningKeys> {
  const wrapKey = Buffer.from(wrapKeyText, 'base64');
  let ring: KeyRing = [];
  let published: PublishedKeySet = { keys: [] };

  const seal = async (kid: string): Promise<SigningKeyDoc> => {
    const stored = await exportSigningKey(await generateSigningKey(kid, clock()));
    const sealed = sealBytes(wrapKey, Buffer.from(JSON.stringify(stored.privateJwk)), context(kid));
    return {
      _id: kid,
      createdAt: new Date(stored.createdAt),
      retiredAt: null,
      iv: new Binary(sealed.iv),
      tag: new Binary(sealed.tag),
      ciphertext: new Binary(sealed.ciphertext),
    };
  };

  const open = (doc: SigningKeyDoc): StoredSigningKey => {
    const sealed = { iv: doc.iv.value(), tag: doc.tag.value(), ciphertext: doc.ciphertext.value() };
    const privateJwk = JSON.parse(openBytes(wrapKey, sealed, context(doc._id)).toString('utf8'));
    return {
      kid: doc._id,
      createdAt: doc.createdAt.toISOString(),
      retiredAt: doc.retiredAt?.toISOString() ?? null,
      privateJwk,
    };
  };

  const insertKey = async (kid: string): Promise<boolean> => {
    try {
      await collection.insertOne(await seal(kid));
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  };

  const refresh = async () => {
    const docs = await collection.find().toArray();
    ring = await Promise.all(docs.map((doc) => importSigningKey(open(doc))));
    published = await jwks(ring);
  };

  await refresh();
  if (ring.length === 0) {
    await insertKey('k1');
    await refresh();
  }

  return {
    ring: () => ring,
    jwks: () => published,
    refresh,
    async rotate() {
      await refresh();
      const kid = `k${Math.max(0, ...ring.map((key) => kidNumber(key.kid))) + 1}`;
      if (await insertKey(kid)) {
        await collection.updateMany({ _id: { $ne: kid }, retiredAt: null }, { $set: { retiredAt: clock() } });
      }
      await refresh();
      return kid;
    },
  };
}
