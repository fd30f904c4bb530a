import { describe, expect, it } from 'vitest';
import { candidateBirthDate } from '../src/application/candidate-birth-date.ts';

// A 居民身份证号 carries the birth date in positions 7–14 (GB 11643-1999): born 1990-03-07.
const idCard = { idType: 'resident-id-card' as const, idNumber: '11010519900307001X' };
const passport = { idType: 'passport' as const, idNumber: 'E12345678' };

describe('the birth date a candidate is enrolled with (docs/domain.md §6.2)', () => {
  it('given a 居民身份证号 and no declared date, when enrolled, then the number fills it', () => {
    expect(candidateBirthDate(idCard, null)).toEqual({ ok: true, birthDate: '1990-03-07' });
  });

  it('given a 居民身份证号 and the same declared date, when enrolled, then it stands', () => {
    expect(candidateBirthDate(idCard, '1990-03-07')).toEqual({ ok: true, birthDate: '1990-03-07' });
  });

  it('given a 居民身份证号 and a different declared date, when enrolled, then the number refutes it', () => {
    expect(candidateBirthDate(idCard, '1991-03-07')).toEqual({ ok: false, fromDocument: '1990-03-07' });
  });

  it('given another document, when enrolled, then the declared date (or none) stands', () => {
    expect(candidateBirthDate(passport, '1985-01-02')).toEqual({ ok: true, birthDate: '1985-01-02' });
    expect(candidateBirthDate(passport, null)).toEqual({ ok: true, birthDate: null });
  });
});
