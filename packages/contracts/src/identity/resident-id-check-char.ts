/** Weight of digit i (i = 0..16) in the GB 11643-1999 check (docs/domain.md §6.2). */
export const residentIdWeights: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Check character for remainder R = Σ digit·weight mod 11, indexed by R. */
export const residentIdCheckChars = '10X98765432';

/** The 18th character of a 居民身份证号 whose first 17 digits are `first17`. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('the check character needs exactly 17 digits');
  const sum = residentIdWeights.reduce((s, weight, i) => s + Number(first17[i]) * weight, 0);
  return residentIdCheckChars.charAt(sum % 11);
}
