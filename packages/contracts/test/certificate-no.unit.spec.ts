import { describe, expect, it } from 'vitest';
import {
  BodyFilingNoSchema,
  buildCertificateNo,
  type CertificateNoParts,
  CertificateNoSchema,
  certificateNoPattern,
  certificateNoPrefix,
  isCertificateNo,
  isContractError,
  parseCertificateNo,
} from '../src/index.ts';
import { thrownBy } from './support/thrown-by.ts';

const example = 'Y000051001064253000123';
const exampleParts: CertificateNoParts = {
  bodyKind: 'Y',
  bodyCode: 0,
  province: 51,
  bodySequence: 1064,
  year: 2025,
  levelDigit: 3,
  serial: 123,
};

describe('CertificateNo (docs/domain.md §3.2)', () => {
  it('given the example Y000051001064253000123, when parsed, then it yields the 7 parts', () => {
    expect(parseCertificateNo(example)).toEqual(exampleParts);
  });

  it('given the 7 parts, when built, then parts are zero-padded back into the example', () => {
    expect(buildCertificateNo(exampleParts)).toBe(example);
  });

  it('round-trips a number with every part at its widest', () => {
    const widest = 'S999999999999991999999';
    expect(buildCertificateNo(parseCertificateNo(widest))).toBe(widest);
  });

  it('gives positions 1–13 as the body filing number (备案号)', () => {
    expect(certificateNoPrefix(example)).toBe('Y000051001064');
    expect(BodyFilingNoSchema.parse(certificateNoPrefix(example))).toBe('Y000051001064');
  });

  it.each([
    ['bodyCode', { bodyCode: 10_000 }],
    ['province', { province: 100 }],
    ['bodySequence', { bodySequence: -1 }],
    ['year', { year: 1999 }],
    ['levelDigit', { levelDigit: 6 }],
    ['serial', { serial: 1_000_000 }],
    ['serial', { serial: 1.5 }],
  ])('given %s out of range, when built, then it throws CERTIFICATE_NO_PARTS_INVALID naming it', (field, change) => {
    const error = thrownBy(() => buildCertificateNo({ ...exampleParts, ...change } as CertificateNoParts));
    expect(isContractError(error, 'CERTIFICATE_NO_PARTS_INVALID')).toBe(true);
    expect((error as Error).message).toContain(field);
  });

  it('matches the documented pattern and rejects other shapes', () => {
    expect(certificateNoPattern.source).toBe('^[YS]\\d{4}\\d{2}\\d{6}\\d{2}[1-5]\\d{6}$');
    expect(isCertificateNo(example)).toBe(true);
    for (const bad of ['X000051001064253000123', 'Y000051001064256000123', 'Y00005100106425300012', '']) {
      expect(isCertificateNo(bad)).toBe(false);
    }
    expect(() => parseCertificateNo('Y0000')).toThrow(/§3\.2/);
  });

  it('given a typed-in number with spaces and lower case, when parsed by the schema, then it is normalised', () => {
    expect(CertificateNoSchema.parse(` ${example.toLowerCase()} `)).toBe(example);
    expect(CertificateNoSchema.safeParse('Y000051001064250000123').error?.issues[0]?.message).toContain('§3.2');
  });
});
