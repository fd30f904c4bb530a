import { usccCheckChar } from '@tianfu/contracts';
import type { Random } from '@tianfu/testing';
import type { BodyCategory } from '../api-types.ts';

/** GB 11714 organisation code: 8 digits and a check character (weights 3,7,9,10,5,8,4,2; mod 11). */
function organisationCode(random: Random): string {
  const digits = Array.from({ length: 8 }, () => random.int(0, 9));
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const check = 11 - (digits.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0) % 11);
  return digits.join('') + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

// 登记管理部门 + 机构类别 (GB 32100): 12 机构编制·事业单位, 52 民政·社会服务机构, 91 市场监管·企业.
const registrarOf: Readonly<Record<BodyCategory, string>> = {
  'technical-college': '12',
  'social-organisation': '52',
  employer: '91',
};

/** A valid 统一社会信用代码 (GB 32100-2015) for a body of the category registered in `countyCode`. */
export function unifiedSocialCreditCode(random: Random, category: BodyCategory, countyCode: string): string {
  const first17 = `${registrarOf[category]}${countyCode}${organisationCode(random)}`;
  return first17 + usccCheckChar(first17);
}

/**
 * 备案号 (docs/domain.md §3.2, positions 1–13): S for 社会培训评价组织, Y for employers and 技工院校;
 * a body code (0000 when registered with the province); 51 for Sichuan; the body's sequence.
 */
export function bodyFilingNo(category: BodyCategory, sequence: number, bodyCode = 0): string {
  const kind = category === 'social-organisation' ? 'S' : 'Y';
  return `${kind}${String(bodyCode).padStart(4, '0')}51${String(sequence).padStart(6, '0')}`;
}
