import type { BitCodes } from './bit-codes.ts';

/** Days since 1970 of a `YYYY-MM-DD` date; -1 for '' (no date), which sorts after every date. */
export const dayOf = (date: string): number => (date === '' ? -1 : Date.parse(date) / 86_400_000);

/** The 中类 of an occupation code (`6-31` of `6-31-01-04`), or null when the code is shorter. */
export function groupOf(code: string): string | null {
  const first = code.indexOf('-');
  if (first === -1) return null;
  const second = code.indexOf('-', first + 1);
  return second === -1 ? code : code.slice(0, second);
}

export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Certificate years as bits: 2000 is bit 0, 2030 bit 30; any other year sets bit 31 (checked certificate by certificate). */
const FIRST_YEAR = 2000;
const OTHER_YEARS = 1 << 31;
export const yearBit = (year: number): number =>
  year >= FIRST_YEAR && year < FIRST_YEAR + 31 ? 1 << (year - FIRST_YEAR) : OTHER_YEARS;

/**
 * For a window of dates: the years it covers whole (a certificate in one is in the window) and the
 * years it covers in part (a certificate there needs its date checked).
 */
export function windowYears(from: string, to: string): { whole: number; part: number } {
  let whole = 0;
  let part = OTHER_YEARS;
  const [first, last] = [
    Math.max(Number(from.slice(0, 4)) || 0, FIRST_YEAR - 1),
    Math.min(Number(to.slice(0, 4)), FIRST_YEAR + 31),
  ];
  for (let year = first; year <= last; year++) {
    const bit = yearBit(year);
    if (bit === OTHER_YEARS) continue;
    if (from <= `${year}-01-01` && to >= `${year}-12-31`) whole |= bit;
    else part |= bit;
  }
  return { whole, part };
}

export const COLUMNS = [
  'highest',
  'highSkill',
  'industries',
  'honours',
  'medals',
  'body',
  'years',
  'lastDay',
  'firstOccupation',
  'secondOccupation',
] as const;
export type Column = (typeof COLUMNS)[number];

export const add = (counts: Int32Array, i: number) => {
  counts[i] = (counts[i] ?? 0) + 1;
};

/** One facet's counts by bit, folded into code → count once the scan is over. */
export function countBits(counts: Int32Array, mask: number): void {
  for (let rest = mask; rest !== 0; rest &= rest - 1) add(counts, 31 - Math.clz32(rest & -rest));
}

export function bitCounts(counts: Int32Array, codes: BitCodes): Record<string, number> {
  const named: Record<string, number> = {};
  counts.forEach((n, bit) => {
    if (n > 0) named[codes.codeOf(bit)] = n;
  });
  return named;
}
