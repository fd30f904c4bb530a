import { apprenticeshipCompleted, holds, type LevelRules, rule, schooled, years } from './eligibility-rule.ts';

/**
 * Template A (standards of about 2018–2022), docs/domain.md §2.3 [12][13], row by row.
 * Where the table reads "… graduate + n yrs", the standards' text counts 累计 years in the
 * occupation, not years since the level.
 */
export const templateA: LevelRules = {
  level5: [
    rule('A-level5-1', '1 yr (累计1年)', years(1)),
    rule('A-level5-2', 'apprenticeship completed (学徒期满)', apprenticeshipCompleted),
  ],
  level4: [
    rule('A-level4-1', '五级 + 4 yrs', holds('level5', 4)),
    rule('A-level4-2', '6 yrs (累计6年)', years(6)),
    rule('A-level4-3', '技工学校 / 中职 graduate', schooled('technical-school', 'secondary-vocational')),
  ],
  level3: [
    rule('A-level3-1', '四级 + 5 yrs', holds('level4', 5)),
    rule(
      'A-level3-2',
      '四级 + 高级技工学校 / 技师学院 / assessed 高职 graduate',
      holds('level4'),
      schooled('senior-technical-school', 'technician-college', 'higher-vocational-assessed'),
    ),
    rule(
      'A-level3-3',
      '大专+ graduate with 四级 + 2 yrs',
      schooled('higher-vocational-assessed', 'higher-vocational', 'bachelor-or-above'),
      holds('level4', 2),
    ),
  ],
  level2: [
    rule('A-level2-1', '三级 + 4 yrs', holds('level3', 4)),
    rule(
      'A-level2-2',
      '三级 + 高级技工学校 / 技师学院 graduate + 3 yrs',
      holds('level3'),
      schooled('senior-technical-school', 'technician-college'),
      years(3),
    ),
    rule('A-level2-3', '预备技师 certificate + 2 yrs', schooled('preparatory-technician'), years(2)),
  ],
  level1: [rule('A-level1-1', '二级 + 4 yrs', holds('level2', 4))],
};
