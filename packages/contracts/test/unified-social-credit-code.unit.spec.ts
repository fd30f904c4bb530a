import { describe, expect, it } from 'vitest';
import { checkUnifiedSocialCreditCode, UnifiedSocialCreditCodeSchema, usccCheckChar } from '../src/index.ts';

// Published codes: 华为技术有限公司 and 腾讯科技（深圳）有限公司.
const huawei = '914403001922038216';
const tencent = '9144030071526726XG';

describe('UnifiedSocialCreditCode (GB 32100-2015)', () => {
  it.each([huawei, tencent])('accepts the published code %s', (code) => {
    expect(checkUnifiedSocialCreditCode(code)).toEqual({ ok: true, value: code });
  });

  it('computes the check character as 31 − (Σ mod 31), with 31 written as 0', () => {
    expect(usccCheckChar(huawei.slice(0, 17))).toBe('6');
    expect(usccCheckChar(tencent.slice(0, 17))).toBe('G');
  });

  it('given a corrupted code, then it is USCC_CHECKSUM', () => {
    const corrupted = `${huawei.slice(0, 10)}3${huawei.slice(11)}`;
    const result = checkUnifiedSocialCreditCode(corrupted);
    expect(!result.ok && result.code).toBe('USCC_CHECKSUM');
    const wrongCheck = checkUnifiedSocialCreditCode('914403001922038217');
    expect(!wrongCheck.ok && wrongCheck.code).toBe('USCC_CHECKSUM');
  });

  it.each(['91440300192203821', '9144030019220382166', '9144030071526726IG', '91AB030071526726XG'])(
    'given %s, then it is USCC_FORMAT',
    (code) => {
      const result = checkUnifiedSocialCreditCode(code);
      expect(!result.ok && result.code).toBe('USCC_FORMAT');
    },
  );

  it('normalises case and spaces, and reports the code at an edge', () => {
    expect(UnifiedSocialCreditCodeSchema.parse(` ${tencent.toLowerCase()} `)).toBe(tencent);
    expect(UnifiedSocialCreditCodeSchema.safeParse('914403001922038217').error?.issues[0]?.message).toContain(
      'USCC_CHECKSUM',
    );
  });
});
