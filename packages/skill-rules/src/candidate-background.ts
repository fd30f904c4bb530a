import { type OccupationCode, type SkillLevelKey, schoolings, titleGrades } from '@tianfu/contracts';

/** The five certified levels a session assesses and a certificate records (docs/domain.md §1, §3.2). */
export const certifiedLevels = ['level5', 'level4', 'level3', 'level2', 'level1'] as const;
export type CertifiedLevel = Extract<SkillLevelKey, (typeof certifiedLevels)[number]>;

/**
 * Schooling that §2.3 names as a route (graduates include final-year students), and 职称 grades:
 * the lists live in contracts, where the catalogue's deviations (as data) are parsed with them.
 */
export { schoolings, titleGrades };
export type Schooling = (typeof schoolings)[number];

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

/**
 * A training the platform recorded as completed (docs/domain.md §7.5, §7.6): a class's completer with
 * the provider's 培训合格证书, or an apprenticeship (企业新型学徒制) agreement completed.
 */
export interface CompletedTraining {
  readonly source: 'class' | 'apprenticeship';
  /** The classId or apprenticeshipId. */
  readonly id: string;
  readonly providerId: string;
  readonly occupationCode: OccupationCode;
  readonly targetLevel: CertifiedLevel | null;
  /** The class's kind (docs/domain.md §7.1); an agreement is always `apprenticeship`. */
  readonly kind: string;
  readonly hours: number;
  /** YYYY-MM-DD */
  readonly completedOn: string;
  /** The provider's 培训合格证书 number; an agreement has none. */
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
  /** Trainings the platform recorded as completed: evidence beside the declaration (§2.3); none when absent. */
  readonly completedTrainings?: readonly CompletedTraining[];
}
