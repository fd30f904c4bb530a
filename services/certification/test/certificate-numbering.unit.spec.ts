import { classifyCertificateNumber, parseCertificateNo } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { certificateNumberFor, maxSerialFor, type NumberedLevel, serialScope } from '../src/domain/numbering/index.ts';

const filingNo = 'Y000051001064';
const numberFor = (level: NumberedLevel, serial: number, year = 2025) =>
  certificateNumberFor({ filingNo, year, level, serial });

describe('certificate numbering (docs/domain.md §3.2)', () => {
  it('writes the §3.2 example: Y000051001064 + 25 + 3 + 000123', () => {
    expect(numberFor('level3', 123)).toBe('Y000051001064253000123');
  });

  it('puts the level digit from the skill-level table, 5 = 五级 … 1 = 一级', () => {
    const levels = ['level5', 'level4', 'level3', 'level2', 'level1'] as const;
    expect(levels.map((level) => parseCertificateNo(numberFor(level, 1)).levelDigit)).toEqual([5, 4, 3, 2, 1]);
  });

  it('round-trips through parseCertificateNo, for an S body and a trimmed lower-case filing number', () => {
    const number = certificateNumberFor({ filingNo: ' s123451000007 ', year: 2031, level: 'level1', serial: 999_999 });
    expect(number).toBe('S123451000007311999999');
    expect(parseCertificateNo(number)).toMatchObject({ bodyKind: 'S', bodyCode: 1234, year: 2031, serial: 999_999 });
  });

  it('writes a 特级技师 number as 2 letters + 20 digits that the contracts recognise', () => {
    const number = numberFor('principal-technician', 42);
    expect(number).toBe('TY000051001064250' + '00042');
    const recognised = classifyCertificateNumber(number);
    expect(recognised.ok && recognised.value.kind).toBe('principal-technician');
  });

  it('scopes serials by prefix + year + level, apart for each form', () => {
    expect(serialScope(filingNo, 2025, 'level3')).toBe('Y000051001064253');
    expect(serialScope(filingNo, 2026, 'level3')).toBe('Y000051001064263');
    expect(serialScope(filingNo, 2025, 'level2')).toBe('Y000051001064252');
    expect(serialScope(filingNo, 2025, 'principal-technician')).toBe('TY000051001064250');
    expect(maxSerialFor('level5')).toBe(999_999);
    expect(maxSerialFor('principal-technician')).toBe(99_999);
  });

  it.each([
    ['FILING_NO_INVALID', { filingNo: 'X000051001064' }],
    ['FILING_NO_INVALID', { filingNo: 'Y00005100106' }],
    ['ISSUE_YEAR_INVALID', { year: 1999 }],
    ['ISSUE_YEAR_INVALID', { year: 2025.5 }],
    ['SERIAL_INVALID', { serial: 0 }],
    ['SERIAL_INVALID', { serial: 1.5 }],
    ['SERIAL_INVALID', { serial: 1_000_000 }],
    ['SERIAL_INVALID', { level: 'principal-technician', serial: 100_000 }],
    ['LEVEL_NOT_NUMBERED', { level: 'apprentice' }],
    ['LEVEL_NOT_NUMBERED', { level: 'chief-technician' }],
    ['LEVEL_NOT_NUMBERED', { level: 'level9' }],
  ])('refuses with %s: %o', (code, change) => {
    const input = { filingNo, year: 2025, level: 'level3', serial: 1, ...change } as Parameters<
      typeof certificateNumberFor
    >[0];
    expect(() => certificateNumberFor(input)).toThrow(expect.objectContaining({ code, name: 'DomainError' }));
  });
});
