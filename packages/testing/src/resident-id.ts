import { residentIdCheckChar } from '@tianfu/contracts';

/**
 * A valid 居民身份证号 for each i < 100,000 (docs/domain.md §6.2): a birth date per thousand and the
 * thousand sequence numbers of that day, under the given six-digit address code.
 */
export function residentIdNumber(i: number, addressCode = '510104'): string {
  const day = new Date(Date.UTC(1960, 0, 1 + Math.floor(i / 1000)));
  const birth = day.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `${addressCode}${birth}${String(i % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}
