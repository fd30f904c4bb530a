import { describe, expect, it } from 'vitest';
import {
  findSeedOccupation,
  isAssessableOccupation,
  isOccupationCode,
  OccupationCodeSchema,
  occupationCodeParts,
  occupationSeed,
} from '../src/index.ts';

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

describe('occupation seed (docs/domain.md §3.4)', () => {
  it('holds the six seeded occupations, each with a valid code and a level set', () => {
    expect(occupationSeed).toHaveLength(6);
    for (const o of occupationSeed) {
      expect(isOccupationCode(o.code)).toBe(true);
      expect(o.levels.length).toBeGreaterThan(0);
    }
  });

  it('marks the ⚠ facts as unconfirmed', () => {
    expect(findSeedOccupation('6-31-01-03')?.unconfirmed).toEqual([]);
    expect(findSeedOccupation('6-18-01-01')?.unconfirmed).toEqual(['code', 'levels']);
    expect(findSeedOccupation('4-10-01-05')?.unconfirmed).toEqual(['code', 'levels']);
    expect(findSeedOccupation('4-04-04-02')?.unconfirmed).toEqual(['levels']);
  });

  it('keeps the standard year where the source gives one', () => {
    expect(findSeedOccupation('6-18-02-04')).toMatchObject({
      name: '焊工',
      standardYear: 2018,
      levels: [5, 4, 3, 2, 1],
    });
    expect(findSeedOccupation('1-01-01-01')).toBeUndefined();
  });
});
