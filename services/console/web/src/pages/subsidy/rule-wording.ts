import type { Lang } from '../../i18n/lang.tsx';
import type { RuleCheck } from './subsidy-types.ts';

export type CheckRule = RuleCheck['rule'];
export type RuleValues = NonNullable<RuleCheck['values']>;
type LevelKey = NonNullable<RuleValues['level']>;
type KindKey = NonNullable<RuleValues['kind']>;

/** What a wording names in the reader's language: a level, a kind of subsidy, a region, an amount of fen. */
export interface WordingNames {
  readonly level: (level: LevelKey) => string;
  readonly kind: (kind: KindKey) => string;
  readonly region: (code: string) => string;
  readonly yuan: (fen: number) => string;
}

/** A rule's outcome in words from its values, or null when the values do not say enough (then the API's English). */
export type RuleWording = (values: RuleValues, status: RuleCheck['status'], names: WordingNames) => string | null;

/** Every rule worded: a rule the judge adds fails the typecheck here until it is worded in both languages. */
export type RuleWordings = Readonly<Record<CheckRule, RuleWording>>;

/** The rules on the training a 职业培训补贴, 新型学徒制补贴 or 生活费补贴 rests on, and why one failed. */
export type TrainingRuleWordings = Pick<
  RuleWordings,
  'training-completed' | 'target-group' | 'apprenticeship-year' | 'apprentice-year-once' | 'apprentice-exclusion'
>;
export type RuleProblem = NonNullable<RuleValues['problem']>;

/** The rule's outcome in the reader's language: from its values, else the explanation the API wrote. */
export function wordCheck(
  check: RuleCheck,
  wordings: RuleWordings,
  notChecked: string,
  names: WordingNames,
): { readonly text: string; readonly lang: Lang | null } {
  if (check.status === 'not-checked') return { text: notChecked, lang: null };
  const worded = check.values === undefined ? null : wordings[check.rule](check.values, check.status, names);
  return worded === null ? { text: check.explanation, lang: 'en' } : { text: worded, lang: null };
}
