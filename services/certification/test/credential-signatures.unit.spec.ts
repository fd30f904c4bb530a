import { describe, expect, it } from 'vitest';
import type { StatedRecord } from '../src/application/certificate-records.ts';
import { credentialSignatures } from '../src/application/credential-signatures.ts';
import { generateSigningKey, jwks, type KeyRing, signCredential } from '../src/crypto/index.ts';

const record = { _id: 'Y000051001064253000001' } as StatedRecord;

/** Tokens signed by the ring's active key, counting how often one is signed. */
const countingTokens = (ring: () => KeyRing) => {
  const signed = { count: 0 };
  const tokens = {
    token: async (r: StatedRecord) => {
      signed.count += 1;
      return signCredential(ring(), { certificateNo: r._id });
    },
  };
  return { tokens, signed };
};

describe('the signature check of a certificate', () => {
  it('given the published keys, then it names the key that signed, signing each certificate once while they stay the same', async () => {
    const ring: KeyRing = [await generateSigningKey('k1', new Date('2025-01-01'))];
    const { tokens, signed } = countingTokens(() => ring);
    const signedBy = credentialSignatures(tokens, () => published);
    let published = await jwks(ring);
    expect(await signedBy(record)).toBe('k1');
    published = await jwks(ring); // a refresh: a new object publishing the same keys
    expect(await signedBy(record)).toBe('k1');
    expect(signed.count).toBe(1);
  });

  it('given published keys that do not hold the signing key, then the check fails', async () => {
    const ring: KeyRing = [await generateSigningKey('k1', new Date('2025-01-01'))];
    const stranger = await jwks([await generateSigningKey('k1', new Date('2025-01-01'))]);
    const { tokens } = countingTokens(() => ring);
    expect(await credentialSignatures(tokens, () => stranger)(record)).toBeNull();
  });

  it('given a rotation, then it checks again and names the new key', async () => {
    let ring: KeyRing = [await generateSigningKey('k1', new Date('2025-01-01'))];
    const { tokens } = countingTokens(() => ring);
    let published = await jwks(ring);
    const signedBy = credentialSignatures(tokens, () => published);
    expect(await signedBy(record)).toBe('k1');
    ring = [
      { ...ring[0], retiredAt: new Date('2025-06-01') } as KeyRing[number],
      await generateSigningKey('k2', new Date('2025-06-01')),
    ];
    published = await jwks(ring);
    expect(await signedBy(record)).toBe('k2');
  });
});
