import { isDomainError } from '@tianfu/decider';
import { isOperationalError } from '@tianfu/service-kit';
import { describe, expect, it } from 'vitest';
import {
  exportSigningKey,
  generateSigningKey,
  importSigningKey,
  jwks,
  rotateKeyRing,
  signCredential,
  verifyCredential,
} from '../src/crypto/index.ts';
import { type CertificateCredential, certificateCredential } from '../src/domain/credential/index.ts';
import { input } from './credential-fixtures.ts';

const credential: CertificateCredential = certificateCredential(input);
const code = (expected: string) => expect.objectContaining({ code: expected });
const january = new Date('2025-01-01T00:00:00Z');
const july = new Date('2025-07-01T00:00:00Z');

describe('signed credentials (docs/architecture.md "Certificates": Ed25519 JWS, keys published as JWKS)', () => {
  it('given a ring of one key, when a credential is signed, then it verifies offline with only the JWKS', async () => {
    const ring = [await generateSigningKey('k-2025-01', january)];
    const token = await signCredential(ring, credential);
    const verified = await verifyCredential(token, await jwks(ring));
    expect(verified).toEqual({ ok: true, kid: 'k-2025-01', credential });
    expect(JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString())).toEqual({
      alg: 'EdDSA',
      kid: 'k-2025-01',
      typ: 'vc+jwt',
    });
  });

  it('given a signed token, when one payload character is changed, then it fails as a bad signature', async () => {
    const ring = [await generateSigningKey('k-2025-01', january)];
    const [header, payload, signature] = (await signCredential(ring, credential)).split('.');
    const middle = Math.floor((payload?.length ?? 0) / 2);
    const changed = payload?.[middle] === 'A' ? 'B' : 'A';
    const tampered = `${header}.${payload?.slice(0, middle)}${changed}${payload?.slice(middle + 1)}.${signature}`;
    expect(await verifyCredential(tampered, await jwks(ring))).toEqual({ ok: false, code: 'CREDENTIAL_BAD_SIGNATURE' });
  });

  it('given a rotation, when verifying, then old tokens still verify and new tokens carry the new kid', async () => {
    const first = [await generateSigningKey('k-2025-01', january)];
    const oldToken = await signCredential(first, credential);
    const rotated = rotateKeyRing(first, await generateSigningKey('k-2025-07', july), july);
    const newToken = await signCredential(rotated, credential);
    const keySet = await jwks(rotated);
    expect(await verifyCredential(oldToken, keySet)).toMatchObject({ ok: true, kid: 'k-2025-01' });
    expect(await verifyCredential(newToken, keySet)).toMatchObject({ ok: true, kid: 'k-2025-07' });
    expect(rotated[0]?.retiredAt).toEqual(july);
  });

  it('given a token from a key the JWKS does not hold, when verified, then it fails as an unknown kid', async () => {
    const token = await signCredential([await generateSigningKey('k-stranger', january)], credential);
    const keySet = await jwks([await generateSigningKey('k-2025-01', january)]);
    expect(await verifyCredential(token, keySet)).toEqual({ ok: false, code: 'CREDENTIAL_UNKNOWN_KID' });
  });

  it('given text that is no JWS, when verified, then it fails as malformed', async () => {
    const keySet = await jwks([await generateSigningKey('k-2025-01', january)]);
    expect(await verifyCredential('not.a-token', keySet)).toEqual({ ok: false, code: 'CREDENTIAL_MALFORMED' });
  });

  it('given a ring, when published as JWKS, then each key has kid, alg EdDSA, use sig and no private part', async () => {
    const ring = rotateKeyRing([await generateSigningKey('k-1', january)], await generateSigningKey('k-2', july), july);
    const { keys } = await jwks(ring);
    expect(keys.map((key) => key.kid)).toEqual(['k-1', 'k-2']);
    for (const key of keys) {
      expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
      expect(key).not.toHaveProperty('d');
    }
  });

  it('given a key exported for storage, when imported again, then it signs tokens the original JWKS verifies', async () => {
    const key = await generateSigningKey('k-2025-01', january);
    const stored = await exportSigningKey(key);
    expect(stored.privateJwk).toHaveProperty('d');
    const token = await signCredential([await importSigningKey(stored)], credential);
    expect(await verifyCredential(token, await jwks([key]))).toMatchObject({ ok: true, kid: 'k-2025-01' });
  });

  it('given a ring without an active key, when signing, then it fails with the operational SIGNING_KEY_RING_EMPTY', async () => {
    const error = await signCredential([], credential).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SIGNING_KEY_RING_EMPTY' });
    expect(isOperationalError(error)).toBe(true);
    expect(isDomainError(error)).toBe(false);
  });

  it('given a kid already in the ring, when rotating to it, then it refuses with SIGNING_KEY_KID_TAKEN', async () => {
    const key = await generateSigningKey('k-1', january);
    expect(() => rotateKeyRing([key], key, july)).toThrow(code('SIGNING_KEY_KID_TAKEN'));
  });
});
