import { describe, expect, it } from 'vitest';
import { isAssessableOccupation, isOccupationCode, OccupationCodeSchema, occupationCodeParts } from '../src/index.ts';

describe('OccupationCode (docs/domain.md §3.4)', () => {
  it('accepts 大类-中类-小类-细类 codes with 大类 1–8', () => {
    expect(OccupationCodeSchema.parse('6-31-01-03')).toBe('6-31-01-03');
    expect(isOccupationCode('4-03-02-01')).toBe(true);
  });

  it.each(['9-31-01-03', '0-31-01-03', '6-31-01-3', '6-31-01', '6.31.01.03', ' 6-31-01-03'])('rejects %j', (code) => {
    expect(isOccupationCode(code)).toBe(false);
    expect(OccupationCodeSchema.safeParse(code).error?.issues[0]?.message).toContain('§3.4');
  });

  it('splits a code into its four levels', () => {
    expect(occupationCodeParts('6-18-02-04')).toEqual({ majorGroup: 6, middleGroup: 18, minorGroup: 2, occupation: 4 });
  });

  it('treats 大类 3–6 as covered by skill-level assessment', () => {
    expect(isAssessableOccupation('6-31-01-03')).toBe(true);
    expect(isAssessableOccupation('3-01-01-01')).toBe(true);
    expect(isAssessableOccupation('2-02-01-01')).toBe(false);
    expect(isAssessableOccupation('7-01-01-01')).toBe(false);
  });
});
