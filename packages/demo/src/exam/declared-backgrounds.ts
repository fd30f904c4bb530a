import type { Random } from '@tianfu/testing';
import type { Background, CertifiedLevel } from '../api-types.ts';
import type { BirthYears } from '../people/demo-people.ts';

const levelBelow: Readonly<Record<CertifiedLevel, CertifiedLevel | null>> = {
  level5: null,
  level4: 'level5',
  level3: 'level4',
  level2: 'level3',
  level1: 'level2',
};

// Older candidates for higher levels: years in the trade, and a level held for years before. The
// youngest is old enough for the most years declared below, counted from age 16 (no work before it).
const birthYearsBack: Readonly<Record<CertifiedLevel, readonly [number, number]>> = {
  level5: [21, 45],
  level4: [29, 50],
  level3: [29, 52],
  level2: [32, 55],
  level1: [38, 58],
};

/** Who sits an exam at `level` in `year`: old enough for the level's experience. */
export function birthYearsFor(level: CertifiedLevel, year: number): BirthYears {
  const [youngest, oldest] = birthYearsBack[level];
  return { from: year - oldest, to: year - youngest };
}

/**
 * What a candidate for `level` declares so that a §2.3 route holds under either template
 * (docs/domain.md §2.3): the level below held for 5–8 years in the same occupation (template A asks
 * at most 5, template B 5), or for 五级 a few years in the occupation.
 */
export function declaredBackground(
  random: Random,
  occupationCode: string,
  level: CertifiedLevel,
  sessionDate: string,
): Background {
  const below = levelBelow[level];
  if (below === null) return { yearsInOccupation: random.int(1, 4) };
  const heldFor = random.int(5, 8);
  const year = Number(sessionDate.slice(0, 4)) - heldFor - 1;
  const obtainedOn = `${year}-${sessionDate.slice(5, 7)}-${String(random.int(1, 28)).padStart(2, '0')}`;
  return {
    yearsInOccupation: heldFor + 1 + random.int(1, 3),
    heldLevels: [{ level: below, occupationCode, obtainedOn }],
  };
}
