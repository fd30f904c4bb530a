import type { OccupationCode, SkillLevelKey } from '@tianfu/contracts';

/** The five certified levels a session assesses and a certificate records (docs/domain.md §1, §3.2). */
export const certifiedLevels = ['level5', 'level4', 'level3', 'level2', 'level1'] as const;
export type CertifiedLevel = Extract<SkillLevelKey, (typeof certifiedLevels)[number]>;

/**
 * Schooling that §2.3 names as a route (graduates include final-year students):
 * 技工学校 / 中职, 高级技工学校, 技师学院, 技工院校高级工班, 高职 / 大专 (assessed programme or not),
 * 本科+ and the 预备技师 certificate.
 */
export const schoolings = [
  'technical-school', // 技工学校
  'secondary-vocational', // 中等职业学校 (中职)
  'senior-technical-school', // 高级技工学校
  'technician-college', // 技师学院
  'senior-worker-class', // 技工院校 高级工班
  'higher-vocational-assessed', // 经评估论证的 高职 / 大专 programme
  'higher-vocational', // 高职 / 大专
  'bachelor-or-above', // 本科及以上
  'preparatory-technician', // 预备技师 certificate
] as const;
export type Schooling = (typeof schoolings)[number];

/** 职称 grades; `since` is the date the title was obtained. */
export const titleGrades = ['junior', 'intermediate', 'senior'] as const;
export type TitleGrade = (typeof titleGrades)[number];

export interface ProfessionalTitle {
  readonly grade: TitleGrade;
  readonly since: string;
}

/**
 * Where the check learnt of a held level: a pass decided here (`platform-outcome`), a certificate
 * the platform issued or imported, old 职业资格 included (`platform-certificate`, with its number),
 * or the candidate's declaration at enrolment (`declared`, with a number when given).
 */
export type HeldLevelSource = 'platform-outcome' | 'platform-certificate' | 'declared';

/** A level the worker holds, with where it came from. */
export interface HeldLevel {
  readonly level: CertifiedLevel;
  readonly occupationCode: OccupationCode;
  /** YYYY-MM-DD */
  readonly obtainedOn: string;
  readonly source: HeldLevelSource;
  readonly certificateNo: string | null;
}

/** What a candidate declares at enrolment, plus what the platform knows (docs/domain.md §2.3). */
export interface CandidateBackground {
  /** YYYY-MM-DD; known from a 居民身份证号, else declared or null. */
  readonly birthDate: string | null;
  /** 累计 years in the occupation or a related one, as declared. */
  readonly yearsInOccupation: number;
  /** 学徒期满 */
  readonly apprenticeshipCompleted: boolean;
  readonly schooling: readonly Schooling[];
  readonly title: ProfessionalTitle | null;
  readonly heldLevels: readonly HeldLevel[];
}
