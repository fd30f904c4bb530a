const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date: the generator draws dates as whole days. */
export const dayOf = (date: string): number => Math.floor(Date.parse(date) / DAY_MS);

const isoDays = new Map<number, string>();

/** YYYY-MM-DD of a day number; remembered, as a few thousand days recur millions of times. */
export function isoDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDays.set(day, iso);
  }
  return iso;
}

/** A moment on that day (10:00 China time), as events carry instants. */
export const instantOn = (day: number): string => `${isoDay(day)}T02:00:00.000Z`;

/** Certificates in the population are dated up to here (the day before the bench's fixed "today"). */
export const LAST_DAY = dayOf('2026-10-31');
/** 职业技能等级认定 began in 2019; earlier steps are old 职业资格 certificates (basis legacy). */
export const FIRST_ASSESSMENT_DAY = dayOf('2019-01-01');
