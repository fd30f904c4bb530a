import { residentIdNumber } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { hitLine, piiFinder } from '../src/index.ts';

const id = residentIdNumber(77);
const masked = `${id.slice(0, 4)}**********${id.slice(-4)}`;

describe('piiFinder', () => {
  it('finds a planted number in a buffer of JSON and masks it', () => {
    const buffer = Buffer.from(JSON.stringify({ type: 'x', data: { note: `id ${id}` } }));
    const [finding, ...rest] = piiFinder().find(buffer.toString());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: 'resident-id', masked });
    expect(finding?.masked).not.toContain(id.slice(4, 14));
  });

  it('finds the names it is given, as written and as \\u escapes, masked to the first character', () => {
    const finder = piiFinder(['张三丰', ' 李四 ']);
    const text = `{"a":"张三丰","b":${JSON.stringify('李四').replace('李', '\\u674e').replace('四', '\\u56db')}}`;
    expect(finder.find(text).map((f) => [f.kind, f.masked])).toEqual([
      ['name', '张*'],
      ['name', '李*'],
    ]);
  });

  it('finds nothing in text without personal data', () => {
    const finder = piiFinder(['王芳']);
    expect(finder.find('{"certificateNo":"S000012345678901234","issuedAt":"2025-01-02T03:04:05.000Z"}')).toEqual([]);
  });

  it('redacts a location so that printing a hit leaks nothing', () => {
    const finder = piiFinder(['王芳']);
    const where = finder.redact(`identity.worker_keys/"${id}-王芳"`);
    expect(where).toBe(`identity.worker_keys/"${masked}-王*"`);
    const finding = { kind: 'resident-id' as const, start: 0, end: 18, masked };
    expect(hitLine({ place: 'mongodb', where, finding })).toBe(`  mongodb ${where}: raw 居民身份证号 ${masked}`);
  });
});
