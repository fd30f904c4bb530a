const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Whether `yyyymmdd` (8 digits) names a day that exists in the Gregorian calendar. */
export function isRealCalendarDate(yyyymmdd: string): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (month < 1 || month > 12 || day < 1) return false;
  const last = month === 2 && isLeapYear(year) ? 29 : (daysInMonth[month - 1] ?? 0);
  return day <= last;
}

const chinaOffsetMs = 8 * 60 * 60 * 1000;

/** The calendar day (YYYYMMDD) in China Standard Time at `at`: birth dates on ID cards are Chinese dates. */
export const chinaCalendarDate = (at: Date): string =>
  new Date(at.getTime() + chinaOffsetMs).toISOString().slice(0, 10).replaceAll('-', '');

/** The day (YYYY-MM-DD) in China Standard Time of an instant: the date a certificate or grant carries. */
export const chinaDate = (at: string | Date): string =>
  new Date(new Date(at).getTime() + chinaOffsetMs).toISOString().slice(0, 10);
