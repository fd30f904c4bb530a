import { describe, expect, it } from 'vitest';
import { certificateNumberFormats, classifyCertificateNumber, isCertificateNo } from '../src/index.ts';

describe('classifyCertificateNumber (docs/domain.md §3.2)', () => {
  it('given a 职业技能等级证书 number, then it is skill-level with its segments and level', () => {
    const result = classifyCertificateNumber(' y000051001064253000123 ');
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'skill-level',
        number: 'Y000051001064253000123',
        queryNumber: 'Y000051001064253000123',
        segments: {
          bodyKind: 'Y',
          bodyCode: '0000',
          province: '51',
          bodySequence: '001064',
          year: '25',
          level: '3',
          serial: '000123',
        },
        levelDigit: 3,
      },
    });
  });

  it('given 2 capital letters + 20 digits, then it is a 特级技师 number whose level is not assumed', () => {
    const result = classifyCertificateNumber('TJ00005100106425000001');
    expect(result.ok && result.value.kind).toBe('principal-technician');
    expect(result.ok && result.value.levelDigit).toBeNull();
  });

  it('given an old 16-digit 职业资格证书 number, then its level digit (position 11) is read', () => {
    const result = classifyCertificateNumber('0551010120230001');
    expect(result.ok && result.value).toMatchObject({
      kind: 'vocational-qualification',
      queryNumber: '0551010120230001',
      segments: {
        year: '05',
        province: '51',
        city: '01',
        bodyKind: '0',
        bodySerial: '120',
        level: '2',
        serial: '30001',
      },
      levelDigit: 2,
    });
  });

  it('given a 13-digit 上海 number, then it is queried with 000 in front', () => {
    const result = classifyCertificateNumber('1234567890123');
    expect(result.ok && result.value).toMatchObject({
      kind: 'vocational-qualification-shanghai',
      queryNumber: '0001234567890123',
      levelDigit: null,
    });
  });

  it.each([
    ['', 'CERT_NO_EMPTY'],
    ['   ', 'CERT_NO_EMPTY'],
    ['Y00005100106425300012', 'CERT_NO_FORMAT'],
    ['Y0000510010642530001234', 'CERT_NO_FORMAT'],
    ['12345678901234', 'CERT_NO_FORMAT'],
    ['A000051001064253000123', 'CERT_NO_BODY_KIND'],
    ['Y000051001064250000123', 'CERT_NO_LEVEL'],
    ['0551010120630001', 'CERT_NO_LEVEL'],
  ])('given %j, then it says why: %s', (input, code) => {
    const result = classifyCertificateNumber(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe(code);
    expect(!result.ok && result.reason.length).toBeGreaterThan(0);
  });

  it('agrees with isCertificateNo on what a skill-level number is', () => {
    for (const n of ['Y000051001064253000123', 'S123451234567241999999', 'Y000051001064256000123']) {
      const result = classifyCertificateNumber(n);
      expect(result.ok && result.value.kind === 'skill-level').toBe(isCertificateNo(n));
    }
  });

  it('keeps every layout as long as the shape it splits', () => {
    const samples = ['Y000051001064253000123', 'TJ00005100106425000001', '0551010120230001', '1234567890123'];
    certificateNumberFormats.forEach((format, i) => {
      const sample = samples[i] ?? '';
      expect(format.shape.test(sample)).toBe(true);
      expect(format.layout.reduce((sum, s) => sum + s.length, 0)).toBe(sample.length);
    });
  });
});
