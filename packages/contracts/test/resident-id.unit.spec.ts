import { describe, expect, it } from 'vitest';
import { checkResidentId, ResidentIdNumberSchema, residentId15To18, residentIdCheckChar } from '../src/index.ts';

describe('居民身份证号 (docs/domain.md §6.2, GB 11643-1999)', () => {
  it.each(['11010519491231002X', '440524188001010014', '513101198201130014'])('accepts the test vector %s', (id) => {
    const result = checkResidentId(id);
    expect(result).toEqual({
      ok: true,
      value: {
        number: id,
        addressCode: id.slice(0, 6),
        birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
        convertedFrom15: false,
      },
    });
  });

  it('computes the check character with W and "10X98765432"', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    expect(residentIdCheckChar('51310119820113001')).toBe('4');
  });

  it('given spaces and a lower-case x, when checked, then it is normalised', () => {
    const result = checkResidentId('  11010519491231002x ');
    expect(result.ok && result.value.number).toBe('11010519491231002X');
  });

  it('given a 15-digit number, then 19 is inserted before the date and the check appended', () => {
    expect(residentId15To18('110105491231002')).toBe('11010519491231002X');
    const result = checkResidentId('110105491231002');
    expect(result.ok && result.value).toMatchObject({ number: '11010519491231002X', convertedFrom15: true });
  });

  it.each([
    ['11010519491231002', 'ID_FORMAT'],
    ['1101051949123100XX', 'ID_FORMAT'],
    ['X10105194912310021', 'ID_FORMAT'],
    ['11010519491231002Y', 'ID_FORMAT'],
    ['11010519490231002X', 'ID_DATE'],
    ['110105491331002', 'ID_DATE'],
    ['110105194912310021', 'ID_CHECKSUM'],
    ['440524188001010015', 'ID_CHECKSUM'],
  ])('given %s, then it is invalid with %s', (id, code) => {
    const result = checkResidentId(id);
    expect(!result.ok && result.code).toBe(code);
  });

  it('checks real calendar dates, including leap days', () => {
    const leap = `11010520000229${'001'}`;
    const notLeap = `11010519000229${'001'}`;
    expect(checkResidentId(leap + residentIdCheckChar(leap)).ok).toBe(true);
    const result = checkResidentId(notLeap + residentIdCheckChar(notLeap));
    expect(!result.ok && result.code).toBe('ID_DATE');
  });

  it('given asOf, then a birth date after that day (China time) is ID_DATE', () => {
    const first17 = '51010120250301001';
    const id = first17 + residentIdCheckChar(first17);
    expect(checkResidentId(id, { asOf: new Date('2025-03-01T00:00:00+08:00') }).ok).toBe(true);
    const early = checkResidentId(id, { asOf: new Date('2025-02-28T15:59:59Z') });
    expect(!early.ok && early.code).toBe('ID_DATE');
    expect(checkResidentId(id).ok).toBe(true);
  });

  it('never puts digits of the number into the reason', () => {
    const result = checkResidentId('11010519490231002X');
    expect(!result.ok && /\d{4}/.test(result.reason)).toBe(false);
  });

  it('parses at an edge to the 18-character form, with the code in the issue', () => {
    expect(ResidentIdNumberSchema.parse('110105491231002')).toBe('11010519491231002X');
    const issue = ResidentIdNumberSchema.safeParse('440524188001010015').error?.issues[0];
    expect(issue?.message).toContain('ID_CHECKSUM');
  });
});
