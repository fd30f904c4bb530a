import { residentIdCheckChar } from '@tianfu/contracts';
import type { Random } from '@tianfu/testing';
import type { Sex } from './chinese-names.ts';

const twoDigits = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export interface ResidentIdRequest {
  /** GB/T 2260 county code where the person was registered (docs/domain.md §6.2). */
  readonly addressCode: string;
  readonly sex: Sex;
  readonly bornFrom: number;
  readonly bornTo: number;
}

/** A valid 18-digit 居民身份证号 (GB 11643-1999): address, birth date, sequence (odd = male), check. */
export function residentIdNumber(random: Random, { addressCode, sex, bornFrom, bornTo }: ResidentIdRequest): string {
  const year = random.int(bornFrom, bornTo);
  const month = random.int(1, 12);
  const day = random.int(1, daysIn(year, month));
  const sequence = random.int(0, 499) * 2 + (sex === 'male' ? 1 : 0);
  const first17 = `${addressCode}${year}${twoDigits(month)}${twoDigits(day)}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** YYYY-MM-DD from positions 7–14 of an 18-digit number. */
export const birthDateOf = (idNumber: string): string =>
  `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
