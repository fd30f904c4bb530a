import { z } from 'zod';
import { type Checked, invalid, valid } from './checked.ts';

/** GB 32100-2015 code characters: digits and capitals without I, O, Z, S, V; the index is the value. */
export const usccCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weight of character i (i = 0..16): 3^i mod 31. */
export const usccWeights: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 登记管理部门 (2 chars from the charset), 6-digit 行政区划码, 9-char 主体标识码 and the check character. */
const usccShape = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccProblem = 'USCC_FORMAT' | 'USCC_CHECKSUM';

/** The check character (position 18) for the first 17 characters: 31 − (Σ mod 31), with 31 written as 0. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('the check character needs exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = usccCharset.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`"${first17.charAt(i)}" is not a GB 32100 character`);
    sum += value * (usccWeights[i] ?? 0);
  }
  return usccCharset.charAt((31 - (sum % 31)) % 31);
}

/** Checks a 统一社会信用代码 (trimmed, upper-cased) and returns it normalised. */
export function checkUnifiedSocialCreditCode(input: string): Checked<string, UsccProblem> {
  const code = input.trim().toUpperCase();
  if (!usccShape.test(code)) {
    return invalid(
      'USCC_FORMAT',
      '统一社会信用代码 must be 18 characters from 0-9 and A-Y without I, O, S, V, Z (GB 32100)',
    );
  }
  if (usccCheckChar(code.slice(0, 17)) !== code.charAt(17)) {
    return invalid('USCC_CHECKSUM', 'check character (position 18) does not match (GB 32100-2015)');
  }
  return valid(code);
}

export const UnifiedSocialCreditCodeSchema = z.string().transform((input, ctx) => {
  const checked = checkUnifiedSocialCreditCode(input);
  if (checked.ok) return checked.value;
  ctx.addIssue({ code: 'custom', message: `${checked.reason} (${checked.code})`, params: { code: checked.code } });
  return z.NEVER;
});
