import { agedAtLeast, holds, type LevelRules, rule, schooled, titled, years } from './eligibility-rule.ts';

/** 技工院校 (技工学校, 高级技工学校, 技师学院, with the 高级工班), 中职 and 大专+ (docs/domain.md §2.3 template B 四级). */
const vocationalOrCollege = [
  'technical-school',
  'secondary-vocational',
  'senior-technical-school',
  'technician-college',
  'senior-worker-class',
  'higher-vocational-assessed',
  'higher-vocational',
  'bachelor-or-above',
] as const;

/** Template B (newer standards), docs/domain.md §2.3 [11][14][15], row by row. */
export const templateB: LevelRules = {
  level5: [
    // "working in or entering the occupation" is the candidate's declaration; only the age is a checkable fact.
    rule('B-level5-1', 'aged ≥ 16 (年满16周岁)', agedAtLeast(16)),
  ],
  level4: [
    rule('B-level4-1', '5 yrs (累计5年)', years(5)),
    rule('B-level4-2', '五级 + 3 yrs', holds('level5', 3)),
    rule('B-level4-3', '技工院校 / 中职 / 大专+ graduate', schooled(...vocationalOrCollege)),
  ],
  level3: [
    rule('B-level3-1', '10 yrs (累计10年)', years(10)),
    rule('B-level3-2', '四级 + 4 yrs', holds('level4', 4)),
    rule('B-level3-3', '初级职称 + 1 yr', titled('junior', 1)),
    rule('B-level3-4', '技工院校 高级工班 graduate', schooled('senior-worker-class')),
    rule(
      'B-level3-5',
      '四级 + 高职 / 大专 graduate',
      holds('level4'),
      schooled('higher-vocational', 'higher-vocational-assessed'),
    ),
    rule('B-level3-6', 'assessed 高职 / 大专 programme graduate', schooled('higher-vocational-assessed')),
  ],
  level2: [
    rule('B-level2-1', '三级 + 5 yrs', holds('level3', 5)),
    rule('B-level2-2', '初级职称 + 5 yrs, ≥ 1 yr after 三级', titled('junior', 5), holds('level3', 1)),
    rule('B-level2-3', '中级职称 + 1 yr', titled('intermediate', 1)),
    // ⚠ "+ years per standard": 3 累计 yrs as in template A until each standard is checked; override per standard.
    rule(
      'B-level2-4',
      '三级 + 高级技工学校 / 技师学院 graduate + 3 yrs',
      holds('level3'),
      schooled('senior-technical-school', 'technician-college'),
      years(3),
    ),
  ],
  // ⚠ 二级 + 5 yrs not yet checked; 职称 routes come per standard as deviations.
  level1: [rule('B-level1-1', '二级 + 5 yrs', holds('level2', 5))],
};
