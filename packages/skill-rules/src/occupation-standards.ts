import { findSeedOccupation, type OccupationCode, skillLevelFromDigit } from '@tianfu/contracts';
import { type CertifiedLevel, certifiedLevels } from './candidate-background.ts';
import { type EligibilityRule, holds, rule, type TemplateId } from './eligibility-rule.ts';

/** Where one standard's 申报条件 differ from its template (docs/domain.md §2.3 "single standards deviate"). */
export type RuleDeviation =
  | { readonly kind: 'replace'; readonly ruleId: string; readonly rule: EligibilityRule }
  | { readonly kind: 'add'; readonly level: CertifiedLevel; readonly rule: EligibilityRule };

/** One 国家职业技能标准 version of one occupation: its template, its level set and its deviations. */
export interface OccupationStandard {
  readonly occupationCode: OccupationCode;
  readonly version: string;
  readonly template: TemplateId;
  /** Not every standard offers all five levels (docs/domain.md §3.4). */
  readonly levels: readonly CertifiedLevel[];
  readonly deviations: readonly RuleDeviation[];
}

const isCertifiedLevel = (key: string): key is CertifiedLevel => (certifiedLevels as readonly string[]).includes(key);

/** The level set of the contracts' occupation seed (docs/domain.md §3.4), so it has one source. */
function seededLevels(code: OccupationCode): readonly CertifiedLevel[] {
  const seed = findSeedOccupation(code);
  if (seed === undefined) throw new RangeError(`occupation ${code} is not in the seed`);
  return seed.levels.map((digit) => skillLevelFromDigit(digit).key).filter(isCertifiedLevel);
}

const standard = (
  occupationCode: OccupationCode,
  version: string,
  template: TemplateId,
  deviations: readonly RuleDeviation[] = [],
): OccupationStandard => ({ occupationCode, version, template, levels: seededLevels(occupationCode), deviations });

/**
 * The seeded standards (docs/domain.md §3.4). The 2018 standards follow template A. For the others the
 * seed has no standard year: version '2022' and template B are placeholders ⚠ until checked
 * against www.osta.org.cn.
 */
export const occupationStandards: readonly OccupationStandard[] = [
  standard('6-31-01-03', '2018', 'A'), // 电工 [26]
  standard('6-18-02-04', '2018', 'A'), // 焊工 [27]
  standard('6-18-01-01', '2022', 'B'), // 车工 ⚠ code, levels and version
  standard('4-03-02-01', '2022', 'B'), // 中式烹调师 [28] ⚠ version
  // 养老护理员 ⚠ code, levels and version. ⚠ §2.3 [13] reports a standard whose 四级 = 五级 + 2 yrs;
  // recorded here as that standard until its text is checked.
  standard('4-10-01-05', '2022', 'B', [
    {
      kind: 'replace',
      ruleId: 'B-level4-2',
      rule: rule('B-level4-2/4-10-01-05@2022', '五级 + 2 yrs', holds('level5', 2)),
    },
  ]),
  standard('4-04-04-02', '2022', 'B'), // 网络与信息安全管理员 ⚠ levels and version
];

export const findOccupationStandard = (
  occupationCode: OccupationCode,
  version: string,
  standards: readonly OccupationStandard[] = occupationStandards,
): OccupationStandard | undefined =>
  standards.find((s) => s.occupationCode === occupationCode && s.version === version);

/** Every standard version on record for one occupation. */
export const standardsOfOccupation = (
  occupationCode: OccupationCode,
  standards: readonly OccupationStandard[] = occupationStandards,
): readonly OccupationStandard[] => standards.filter((s) => s.occupationCode === occupationCode);

/**
 * The newest standard version on record for one occupation: what a reader with no session (and so
 * no filed version) judges the next level by.
 */
export const latestStandardOf = (
  occupationCode: OccupationCode,
  standards: readonly OccupationStandard[] = occupationStandards,
): OccupationStandard | undefined =>
  standardsOfOccupation(occupationCode, standards).reduce<OccupationStandard | undefined>(
    (latest, s) => (latest === undefined || s.version > latest.version ? s : latest),
    undefined,
  );
