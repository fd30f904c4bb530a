import { z } from 'zod';
import { type Checked, invalid, valid } from '../values/checked.ts';
import { chinaCalendarDate, isRealCalendarDate } from './calendar-date.ts';
import { residentIdCheckChar } from './resident-id-check-char.ts';

export type ResidentIdProblem = 'ID_FORMAT' | 'ID_DATE' | 'ID_CHECKSUM';

export interface ResidentId {
  /** The normalised 18-character number, the only form the system keys on. */
  readonly number: string;
  /** GB/T 2260 county code at registration, not the current residence */
  readonly addressCode: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly convertedFrom15: boolean;
}

export interface ResidentIdOptions {
  /** When given, a birth date after this day (China time) is rejected. */
  readonly asOf?: Date;
}

/** Trims and upper-cases the check character x (docs/domain.md §6.2). */
export const normaliseIdText = (input: string): string => input.trim().toUpperCase();

/** GB 11643-1989 → 1999: put 19 before the 2-digit year and append the check character. */
export function residentId15To18(id15: string): string {
  if (!/^\d{15}$/.test(id15)) throw new RangeError('a 15-digit 居民身份证号 has exactly 15 digits');
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + residentIdCheckChar(first17);
}

/** Checks a 居民身份证号 (15 or 18 characters) and returns its normalised 18-character form. */
export function checkResidentId(
  input: string,
  options: ResidentIdOptions = {},
): Checked<ResidentId, ResidentIdProblem> {
  const text = normaliseIdText(input);
  const is15 = /^\d{15}$/.test(text);
  if (!is15 && !/^\d{17}[\dX]$/.test(text)) {
    return invalid('ID_FORMAT', '居民身份证号 must be 17 digits + a digit or X, or 15 digits (GB 11643)');
  }
  const number = is15 ? residentId15To18(text) : text;
  const birth = number.slice(6, 14);
  if (!isRealCalendarDate(birth)) return invalid('ID_DATE', 'birth date (positions 7–14) is not a real calendar date');
  if (options.asOf !== undefined && birth > chinaCalendarDate(options.asOf)) {
    return invalid('ID_DATE', 'birth date (positions 7–14) lies in the future');
  }
  if (residentIdCheckChar(number.slice(0, 17)) !== number.charAt(17)) {
    return invalid('ID_CHECKSUM', 'check character does not match (GB 11643-1999)');
  }
  const birthDate = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`;
  return valid({ number, addressCode: number.slice(0, 6), birthDate, convertedFrom15: is15 });
}

/** A 居民身份证号 at an edge: accepts 15 or 18 characters, outputs the normalised 18-character form. */
export const ResidentIdNumberSchema = z.string().transform((input, ctx) => {
  const checked = checkResidentId(input);
  if (checked.ok) return checked.value.number;
  ctx.addIssue({ code: 'custom', message: `${checked.reason} (${checked.code})`, params: { code: checked.code } });
  return z.NEVER;
});
