import { operationalError } from '@tianfu/service-kit';
import { type CryptoKey, exportJWK, generateKeyPair, importJWK, type JSONWebKeySet, type JWK } from 'jose';
import { credentialError } from '../domain/credential/credential-errors.ts';

export const SIGNING_ALG = 'EdDSA';

/** The public JWK of a ring key, as the JWKS publishes it. */
export interface PublicSigningJwk {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  readonly x: string;
  readonly kid: string;
  readonly alg: typeof SIGNING_ALG;
  readonly use: 'sig';
}

/** A JWKS narrowed to what the ring holds: every key Ed25519, for signatures. */
export interface PublishedKeySet extends JSONWebKeySet {
  keys: PublicSigningJwk[];
}

/** One Ed25519 key of the ring; a retired key no longer signs but still verifies what it signed. */
export interface SigningKey {
  readonly kid: string;
  readonly createdAt: Date;
  readonly retiredAt: Date | null;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

/** How a key is stored: the private JWK carries the public `x` too, so nothing else is needed. */
export interface StoredSigningKey {
  readonly kid: string;
  readonly createdAt: string;
  readonly retiredAt: string | null;
  readonly privateJwk: JWK;
}

export type KeyRing = readonly SigningKey[];

export async function generateSigningKey(kid: string, createdAt: Date): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { crv: 'Ed25519', extractable: true });
  return { kid, createdAt, retiredAt: null, privateKey, publicKey };
}

export async function exportSigningKey(key: SigningKey): Promise<StoredSigningKey> {
  const { kid, createdAt, retiredAt } = key;
  const privateJwk = await exportJWK(key.privateKey);
  return { kid, createdAt: createdAt.toISOString(), retiredAt: retiredAt?.toISOString() ?? null, privateJwk };
}

export async function importSigningKey(stored: StoredSigningKey): Promise<SigningKey> {
  const { kty, crv, x } = stored.privateJwk;
  const [privateKey, publicKey] = await Promise.all([
    importJWK(stored.privateJwk, SIGNING_ALG, { extractable: true }),
    importJWK({ kty, crv, x }, SIGNING_ALG, { extractable: true }),
  ]);
  return {
    kid: stored.kid,
    createdAt: new Date(stored.createdAt),
    retiredAt: stored.retiredAt === null ? null : new Date(stored.retiredAt),
    privateKey: privateKey as CryptoKey,
    publicKey: publicKey as CryptoKey,
  };
}

/** The newest key not yet retired: the one every new credential is signed with. */
export function activeSigningKey(ring: KeyRing): SigningKey {
  const active = ring
    .filter((key) => key.retiredAt === null)
    .reduce<SigningKey | null>((newest, key) => (newest && newest.createdAt >= key.createdAt ? newest : key), null);
  if (active === null) throw operationalError('SIGNING_KEY_RING_EMPTY', 'the key ring has no active signing key');
  return active;
}

/** Rotation: `next` signs from now on; the keys it replaces stay in the ring, retired at `at`, to verify old tokens. */
export function rotateKeyRing(ring: KeyRing, next: SigningKey, at: Date): KeyRing {
  if (ring.some((key) => key.kid === next.kid)) {
    throw credentialError('SIGNING_KEY_KID_TAKEN', `kid ${next.kid} is already in the key ring`, { kid: next.kid });
  }
  return [...ring.map((key) => (key.retiredAt === null ? { ...key, retiredAt: at } : key)), next];
}

/** The public half of every key, retired ones included, as served at /.well-known/jwks.json. */
export async function jwks(ring: KeyRing): Promise<PublishedKeySet> {
  const keys = await Promise.all(
    ring.map(async (key) => {
      const { x } = await exportJWK(key.publicKey);
      if (x === undefined) throw operationalError('SIGNING_KEY_NOT_ED25519', `key ${key.kid} has no Ed25519 public x`);
      return { kty: 'OKP', crv: 'Ed25519', x, kid: key.kid, alg: SIGNING_ALG, use: 'sig' } as const;
    }),
  );
  return { keys };
}
