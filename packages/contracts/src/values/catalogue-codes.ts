import { z } from 'zod';
import type { CertificateDigit } from './skill-level-table.ts';

/** 大类 (`6`), 中类 (`6-31`) or 小类 (`6-31-01`): the ranks above an occupation (细类) in the 大典 (docs/domain.md §3.4). */
export const occupationGroupCodePattern = /^[1-8](?:-\d{2}){0,2}$/;

export const OccupationGroupCodeSchema = z
  .string()
  .regex(occupationGroupCodePattern, 'a 大典 group code is 大类 6, 中类 6-31 or 小类 6-31-01 (docs/domain.md §3.4)');

export type OccupationGroupRank = 'major' | 'middle' | 'minor';

/** The rank a group code names, by how many parts it has. */
export const groupRankOf = (code: string): OccupationGroupRank => {
  const parts = code.split('-').length;
  return parts === 1 ? 'major' : parts === 2 ? 'middle' : 'minor';
};

/** The code one rank up: 4-12-01-01 → 4-12-01 → 4-12 → 4; a 大类 has none. */
export const parentCodeOf = (code: string): string | null => {
  const cut = code.lastIndexOf('-');
  return cut === -1 ? null : code.slice(0, cut);
};

/** 技能人员 (skilled workers, assessed by 等级认定) or 专业技术人员 (professionals, 职称). */
export const OccupationKindSchema = z.enum(['skilled', 'professional'], {
  error: 'kind is skilled (技能人员) or professional (专业技术人员)',
});
export type OccupationKind = z.infer<typeof OccupationKindSchema>;

/** A 国家职业技能标准 version: its year, and a suffix when one year saw two (2019, 2019-rev2). */
export const StandardVersionSchema = z
  .string()
  .regex(/^(?:19|20)\d{2}(?:-[0-9A-Za-z]{1,10})?$/, 'a standard version is its year, e.g. 2018 or 2018-rev2');

export const standardYearOf = (version: string): number => Number(version.slice(0, 4));

/** The certificate digits a standard offers (五级 5 … 一级 1): a non-empty subset of 1–5, each once. */
export const LevelSetSchema = z
  .array(
    z
      .number()
      .int()
      .min(1, 'a level is a certificate digit 1–5')
      .max(5, 'a level is a certificate digit 1–5') as z.ZodType<CertificateDigit>,
  )
  .min(1, 'a standard offers at least one level')
  .max(5)
  .refine((levels) => new Set(levels).size === levels.length, 'each level at most once');

/**
 * A 专项职业能力 考核规范's code: the issuing province's own (docs/domain.md §3.4 has no national
 * pattern), upper-case letters, digits and hyphens, e.g. S51-0012.
 */
export const SpecialAbilityCodeSchema = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{2,29}$/, 'a 专项职业能力 code is 3–30 upper-case letters, digits or -');
