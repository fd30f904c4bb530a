import { randomBytes } from 'node:crypto';
import { type SealedName, SealedNameSchema } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { personalDataUnreadable } from '../src/index.ts';
import { newDataKey } from '../src/personal-data/data-key.ts';
import { openName, sealName } from '../src/personal-data/sealed-name.ts';

const workerA = 'a'.repeat(64);
const workerB = 'b'.repeat(64);
const at = new Date('2026-03-01T08:00:00Z');
const { dataKey: key } = newDataKey(workerA, randomBytes(32), at);

const base64urlAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const unreadable = (run: () => unknown): boolean => {
  try {
    run();
  } catch (error) {
    return personalDataUnreadable.is(error);
  }
  return false;
};

describe('the sealed-name codec', () => {
  it('seals into the contracts form under a fresh IV each time, and opens it again', () => {
    const sealed = sealName(workerA, '王小明', key);
    expect(SealedNameSchema.parse(sealed)).toBe(sealed);
    expect(sealed.startsWith(`n1.${key.keyId}.`)).toBe(true);
    expect(sealName(workerA, '王小明', key)).not.toBe(sealed);
    expect(openName(workerA, sealed, key)).toBe('王小明');
  });

  it('binds the name to its worker: under the same key, another workerId fails authentication', () => {
    expect(unreadable(() => openName(workerB, sealName(workerA, '王小明', key), key))).toBe(true);
  });

  it('reads a name sealed under another key of the worker as gone', () => {
    const { dataKey: successor } = newDataKey(workerA, randomBytes(32), at);
    expect(openName(workerA, sealName(workerA, '王小明', key), successor)).toBeNull();
  });

  it('refuses a malformed name and a non-canonical encoding of the same bytes', () => {
    const sealed = sealName(workerA, '王', key);
    const parts = sealed.split('.');
    // A 16-byte tag is 22 characters, the last with 4 unused bits: flipping one gives the same bytes.
    const tag = parts[3] as string;
    const padded = tag.slice(0, -1) + base64urlAlphabet[base64urlAlphabet.indexOf(tag.at(-1) as string) ^ 1];
    expect(Buffer.from(padded, 'base64url')).toEqual(Buffer.from(tag, 'base64url'));
    const recoded = [...parts.slice(0, 3), padded, parts[4]].join('.') as SealedName;
    expect(unreadable(() => openName(workerA, recoded, key))).toBe(true);
    expect(unreadable(() => openName(workerA, `n2.${parts.slice(1).join('.')}` as SealedName, key))).toBe(true);
    expect(unreadable(() => openName(workerA, `${sealed}.x` as SealedName, key))).toBe(true);
  });

  it('seals 1–225 bytes of UTF-8, as the contracts form holds', () => {
    expect(() => sealName(workerA, '', key)).toThrow(RangeError);
    expect(SealedNameSchema.safeParse(sealName(workerA, '名'.repeat(75), key)).success).toBe(true);
    expect(() => sealName(workerA, '名'.repeat(76), key)).toThrow(RangeError);
  });
});
