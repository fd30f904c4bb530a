/**
 * Facts no real candidate or session can have, refused whatever the eligibility rules say (an
 * override of eligibility does not cover them).
 */

/**
 * No one works in an occupation before 16: 劳动法 Art. 15 forbids employing anyone under 16, and
 * the lowest level's rule asks for age ≥ 16 (docs/domain.md §2.3, Template B 五级).
 */
export const MINIMUM_WORKING_AGE = 16;

/** 职业技能等级认定 by registered evaluation bodies starts in 2019 (人社部发〔2019〕90号, docs/domain.md §2.1); older certificates are 职业资格, imported as legacy. */
export const EARLIEST_SESSION_DATE = '2019-01-01';

/** A body plans its sessions months ahead, not years. */
export const SESSION_PLANNING_YEARS = 2;

/** Full years from `birthDate` to `asOf` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, asOf: string): number {
  const years = Number(asOf.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return asOf.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Why the declared years in the occupation cannot be true at `asOf`, or null when they can. */
export function implausibleExperience(birthDate: string | null, years: number, asOf: string): string | null {
  if (birthDate === null) return null;
  const possible = Math.max(0, ageOn(birthDate, asOf) - MINIMUM_WORKING_AGE);
  if (years <= possible) return null;
  return `${years} years in the occupation, but born ${birthDate} the candidate can have worked at most ${possible} by ${asOf} (no work before age ${MINIMUM_WORKING_AGE}, 劳动法 Art. 15)`;
}

/** Why a session date cannot be true when planned on `today`, or null when it can. */
export function implausibleSessionDate(date: string, today: string): string | null {
  const latest = `${Number(today.slice(0, 4)) + SESSION_PLANNING_YEARS}${today.slice(4)}`;
  if (date < EARLIEST_SESSION_DATE) {
    return `a session on ${date} predates 职业技能等级认定 (from ${EARLIEST_SESSION_DATE}); older certificates are imported as legacy 职业资格`;
  }
  if (date > latest)
    return `a session on ${date} is more than ${SESSION_PLANNING_YEARS} years ahead (latest ${latest})`;
  return null;
}
