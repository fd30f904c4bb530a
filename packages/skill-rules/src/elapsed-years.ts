const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A YYYY-MM-DD calendar date; the edges validate input, so a bad one here is a programming error. */
function parseDay(text: string): Day {
  const match = dayPattern.exec(text);
  const [, year, month, day] = (match ?? []).map(Number);
  if (year === undefined || month === undefined || day === undefined)
    throw new RangeError(`not a YYYY-MM-DD date: ${text}`);
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) throw new RangeError(`no such date: ${text}`);
  return { year, month, day };
}

/** Throws a RangeError unless `text` is a real YYYY-MM-DD date. */
export function assertCalendarDay(text: string): void {
  parseDay(text);
}

/** The n-th anniversary of `from` in epoch ms; 29 February falls on 1 March in other years. */
const anniversary = (from: Day, year: number): number => Date.UTC(year, from.month - 1, from.day);

/**
 * Years from `from` to `to`: whole years by anniversary (so the n-th anniversary counts as n, 含),
 * plus the elapsed share of the year after. Negative when `to` is earlier.
 */
export function elapsedYears(from: string, to: string): number {
  const start = parseDay(from);
  const end = parseDay(to);
  const endMs = Date.UTC(end.year, end.month - 1, end.day);
  let whole = end.year - start.year;
  if (anniversary(start, start.year + whole) > endMs) whole -= 1;
  const last = anniversary(start, start.year + whole);
  const next = anniversary(start, start.year + whole + 1);
  return whole + (endMs - last) / (next - last);
}

const dayMs = 86_400_000;
const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * The first day on which `elapsedYears(from, day) >= years` (years ≥ 0): the day a "+ n yrs"
 * clause starts to hold. Reckoned by anniversary, then settled by `elapsedYears` itself, so the
 * day computed and the day judged cannot drift apart by rounding.
 */
export function dayWhenElapsed(from: string, years: number): string {
  const start = parseDay(from);
  const whole = Math.floor(years);
  const last = anniversary(start, start.year + whole);
  const next = anniversary(start, start.year + whole + 1);
  let ms = Math.ceil((last + (years - whole) * (next - last)) / dayMs) * dayMs;
  while (elapsedYears(from, dayOf(ms - dayMs)) >= years) ms -= dayMs;
  while (elapsedYears(from, dayOf(ms)) < years) ms += dayMs;
  return dayOf(ms);
}

/** For reasons: one decimal, rounded down so a shortfall never shows as the required number. */
export function formatYears(value: number): string {
  const shown = Math.floor(value * 10) / 10;
  return shown === 1 ? '1 yr' : `${shown} yrs`;
}
