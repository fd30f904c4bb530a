/** Calendar days as YYYY-MM-DD; the edges validate them, so a bad one here is a programming error. */

function parts(day: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const format = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const yearOf = (day: string): number => parts(day)[0];

export const firstDayOfYear = (year: number): string => `${String(year).padStart(4, '0')}-01-01`;

export const addDays = (day: string, days: number): string => {
  const [year, month, date] = parts(day);
  return format(Date.UTC(year, month - 1, date + days));
};

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
};

/**
 * The last day of a period of `months` months that starts on `day` (docs/domain.md §7.8, after
 * 民法典 Art. 201–202): the start day itself is not counted, and the period ends on the day of the
 * expiry month that corresponds to the start day, or on that month's last day when it has none.
 * So 12 months from 2025-01-15 end on 2026-01-15, and from 2024-02-29 on 2025-02-28.
 */
export function periodEnd(day: string, months: number): string {
  const [year, month, date] = parts(day);
  const lastOfMonth = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return format(Date.UTC(year, month - 1 + months, Math.min(date, lastOfMonth)));
}
