import { findSeedOccupation, type OccupationCode } from '@tianfu/contracts';
import type { TemplateId } from './eligibility-rule.ts';
import type { OccupationStandard, RuleDeviation } from './occupation-standard.ts';

/** The level set of the contracts' occupation seed (docs/domain.md §3.4), so it has one source. */
function seededLevels(code: OccupationCode): OccupationStandard['levels'] {
  const seed = findSeedOccupation(code);
  if (seed === undefined) throw new RangeError(`occupation ${code} is not in the seed`);
  return seed.levels;
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
      rule: {
        id: 'B-level4-2/4-10-01-05@2022',
        text: '五级 + 2 yrs',
        allOf: [{ kind: 'holds-level', level: 'level5', yearsSince: 2 }],
      },
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
