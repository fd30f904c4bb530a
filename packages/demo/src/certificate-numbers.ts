import { certificateDigitOf } from '@tianfu/contracts';
import type { CertifiedLevel } from './api-types.ts';

const digits = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The number of a body's `serial`-th certificate at `level` issued in `year` (docs/domain.md §3.2): the
 * 备案号, the year's last two digits, the level digit and the serial. Serials run 1, 2, 3 … per
 * body, year and level, so a new body's first certificate at a level is serial 1.
 */
export const certificateNumber = (filingNo: string, year: number, level: CertifiedLevel, serial = 1): string =>
  `${filingNo}${digits(year % 100, 2)}${certificateDigitOf(level)}${digits(serial, 6)}`;
