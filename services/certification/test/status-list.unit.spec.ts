import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeStatusList, encodeStatusList, statusAt } from '../src/crypto/index.ts';
import { MIN_STATUS_LIST_SIZE, StatusBits, statusListCredential } from '../src/domain/status-list/index.ts';

const code = (expected: string) => expect.objectContaining({ code: expected });

describe('StatusBits and encodedList (W3C Bitstring Status List v1.0)', () => {
  it('round-trips set and cleared bits through encode and decode', () => {
    const bits = StatusBits.empty();
    for (const index of [0, 7, 8, 4242, MIN_STATUS_LIST_SIZE - 1]) bits.set(index);
    bits.clear(4242);
    const decoded = decodeStatusList(encodeStatusList(bits));
    expect(decoded.size).toBe(MIN_STATUS_LIST_SIZE);
    expect([0, 1, 7, 8, 9, 4242, MIN_STATUS_LIST_SIZE - 1].map((i) => decoded.get(i))).toEqual([
      true,
      false,
      true,
      true,
      false,
      false,
      true,
    ]);
  });

  it('encodes an all-zero list of 131,072 entries small, as Multibase base64url without padding', () => {
    const encoded = encodeStatusList(StatusBits.empty());
    expect(encoded.length).toBeLessThan(200);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    expect(decodeStatusList(encoded).toBytes()).toEqual(new Uint8Array(16_384));
  });

  it('orders bits as the spec does: index 0 is the most significant bit of byte 0', () => {
    const bits = StatusBits.empty();
    bits.set(0);
    bits.set(9);
    expect([...bits.toBytes().subarray(0, 2)]).toEqual([0x80, 0x40]);
    const bytes = new Uint8Array(16_384);
    bytes[2] = 0x01;
    const encoded = `u${gzipSync(bytes).toString('base64url')}`;
    expect([statusAt(encoded, 23), statusAt(encoded, 16), statusAt(encoded, 0)]).toEqual([true, false, false]);
  });

  it('answers statusAt for an offline verifier and refuses an index outside the list', () => {
    const bits = StatusBits.empty(2 * MIN_STATUS_LIST_SIZE);
    bits.set(200_000);
    const encoded = encodeStatusList(bits);
    expect(statusAt(encoded, 200_000)).toBe(true);
    expect(statusAt(encoded, 200_001)).toBe(false);
    expect(() => statusAt(encoded, 2 * MIN_STATUS_LIST_SIZE)).toThrow(code('STATUS_INDEX_OUT_OF_RANGE'));
    expect(() => bits.set(-1)).toThrow(code('STATUS_INDEX_OUT_OF_RANGE'));
  });

  it('refuses lists below the herd-privacy minimum and encodedLists that are not GZIP base64url', () => {
    expect(() => StatusBits.empty(MIN_STATUS_LIST_SIZE - 8)).toThrow(code('STATUS_LIST_TOO_SMALL'));
    expect(() => StatusBits.empty(MIN_STATUS_LIST_SIZE + 1)).toThrow(code('STATUS_LIST_MALFORMED'));
    const small = `u${gzipSync(new Uint8Array(1024)).toString('base64url')}`;
    expect(() => decodeStatusList(small)).toThrow(code('STATUS_LIST_TOO_SMALL'));
    expect(() => decodeStatusList('uNotGzip')).toThrow(code('STATUS_LIST_MALFORMED'));
    expect(() => decodeStatusList(gzipSync(new Uint8Array(16_384)).toString('base64url'))).toThrow(
      code('STATUS_LIST_MALFORMED'),
    );
  });

  it('builds the unsigned BitstringStatusListCredential of VC Data Model 2.0', () => {
    const encodedList = encodeStatusList(StatusBits.empty());
    const id = 'https://certs.example.cn/status/2026-revocation-1';
    const credential = statusListCredential({
      id,
      issuer: 'did:web:certs.example.cn',
      validFrom: new Date('2026-03-01T00:00:00Z'),
      purpose: 'revocation',
      encodedList,
    });
    expect(credential).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: 'did:web:certs.example.cn',
      validFrom: '2026-03-01T00:00:00.000Z',
      credentialSubject: { id: `${id}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList },
    });
  });
});
