/** Steps of the ladder, lowest first; the order of this list is the ordinal. */
export const skillLevelKeys = [
  'apprentice',
  'level5',
  'level4',
  'level3',
  'level2',
  'level1',
  'principal-technician',
  'chief-technician',
] as const;
export type SkillLevelKey = (typeof skillLevelKeys)[number];

/** The digit on a certificate: 1 is the highest (一级/高级技师), 5 the lowest (五级/初级工). */
export type CertificateDigit = 1 | 2 | 3 | 4 | 5;
export type SkillLevelOrdinal = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type SkillLevelObtainedBy =
  | 'employer-apprenticeship' // 企业新型学徒制
  | 'assessment' // 认定
  | 'assessment-and-panel-review' // 认定 + 综合评审
  | 'employer-evaluation-and-appointment' // 企业自主评聘
  | 'employer-appointment';

export type SkillLevelArtefact = 'apprenticeship-record' | 'certificate' | 'appointment';

export interface SkillLevelStep {
  readonly ordinal: SkillLevelOrdinal;
  readonly key: SkillLevelKey;
  /** 学徒工, 初级工 … 首席技师 */
  readonly stepName: string;
  /** 五级 … 一级; null for the steps outside the five certified levels */
  readonly levelName: string | null;
  readonly certificateDigit: CertificateDigit | null;
  readonly obtainedBy: SkillLevelObtainedBy;
  readonly artefact: SkillLevelArtefact;
  /** 高技能人才: 三级/高级工 and above */
  readonly isHighSkill: boolean;
  /** As printed on a certificate (docs/domain.md §3.1), e.g. 三级/高级工 */
  readonly label: string;
}

/** The 新八级工 ladder (docs/domain.md §1). */
export const skillLevelTable: readonly SkillLevelStep[] = [
  step(0, '学徒工', null, null, 'employer-apprenticeship', 'apprenticeship-record', false),
  step(1, '初级工', '五级', 5, 'assessment', 'certificate', false),
  step(2, '中级工', '四级', 4, 'assessment', 'certificate', false),
  step(3, '高级工', '三级', 3, 'assessment', 'certificate', true),
  step(4, '技师', '二级', 2, 'assessment-and-panel-review', 'certificate', true),
  step(5, '高级技师', '一级', 1, 'assessment-and-panel-review', 'certificate', true),
  step(6, '特级技师', null, null, 'employer-evaluation-and-appointment', 'appointment', true),
  step(7, '首席技师', null, null, 'employer-appointment', 'appointment', true),
];

function step(
  ordinal: SkillLevelOrdinal,
  stepName: string,
  levelName: string | null,
  certificateDigit: CertificateDigit | null,
  obtainedBy: SkillLevelObtainedBy,
  artefact: SkillLevelArtefact,
  isHighSkill: boolean,
): SkillLevelStep {
  const key = skillLevelKeys[ordinal];
  const label = levelName === null ? stepName : `${levelName}/${stepName}`;
  return { ordinal, key, stepName, levelName, certificateDigit, obtainedBy, artefact, isHighSkill, label };
}
