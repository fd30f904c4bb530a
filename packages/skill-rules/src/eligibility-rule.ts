import type { CertifiedLevel, Schooling, TitleGrade } from './candidate-background.ts';

/** The two rule templates of 国家职业技能标准 申报条件 (docs/domain.md §2.3). */
export type TemplateId = 'A' | 'B';

/** One fact a rule asks of the candidate; a rule holds when all its clauses hold. */
export type Clause =
  | { readonly kind: 'years-in-occupation'; readonly years: number }
  | { readonly kind: 'holds-level'; readonly level: CertifiedLevel; readonly yearsSince: number }
  | { readonly kind: 'schooling'; readonly anyOf: readonly Schooling[] }
  | { readonly kind: 'title'; readonly atLeast: TitleGrade; readonly yearsSince: number }
  | { readonly kind: 'min-age'; readonly years: number }
  | { readonly kind: 'apprenticeship-completed' };

/** One route to a level ("any one of" in §2.3); `id` is stable, `text` short and bilingual. */
export interface EligibilityRule {
  readonly id: string;
  readonly text: string;
  readonly allOf: readonly [Clause, ...Clause[]];
}

/** The routes of a template, per target level, in the order the standard lists them. */
export type LevelRules = Readonly<Record<CertifiedLevel, readonly EligibilityRule[]>>;

export const rule = (id: string, text: string, ...allOf: [Clause, ...Clause[]]): EligibilityRule => ({
  id,
  text,
  allOf,
});

/** "n yrs": 累计 years in the occupation or a related one. */
export const years = (n: number): Clause => ({ kind: 'years-in-occupation', years: n });

/** "X级 + n yrs": holds X or higher, and n years in the occupation since obtaining it (0: just holds it). */
export const holds = (level: CertifiedLevel, yearsSince = 0): Clause => ({ kind: 'holds-level', level, yearsSince });

/** Graduate (final-year students included) of any of these. */
export const schooled = (...anyOf: readonly Schooling[]): Clause => ({ kind: 'schooling', anyOf });

/** 职称 of this grade or higher, and n years in the occupation since obtaining it. */
export const titled = (atLeast: TitleGrade, yearsSince: number): Clause => ({ kind: 'title', atLeast, yearsSince });

export const agedAtLeast = (n: number): Clause => ({ kind: 'min-age', years: n });

/** 学徒期满 */
export const apprenticeshipCompleted: Clause = { kind: 'apprenticeship-completed' };
