import { yuanText } from './money.ts';
import type { RuleSet } from './subsidy-types.ts';

type Parameters = RuleSet['parameters'];
export type ParameterName = keyof Parameters;
type Cited = NonNullable<Parameters[ParameterName]>;

/** How the rule-set page words a parameter's value, in the page's language. */
export interface ParameterWords {
  readonly yuan: (amount: string) => string;
  readonly level: (level: string) => string;
  readonly kind: (kind: string) => string;
  readonly notKnown: string;
  readonly yes: string;
  readonly no: string;
  readonly times: (n: number) => string;
  readonly months: (n: number) => string;
  readonly years: (n: number) => string;
  readonly percent: (n: number) => string;
}

/** One stated parameter: its name, its value in words, and the clause it comes from. */
export interface ParameterRow {
  readonly name: ParameterName;
  readonly value: string;
  readonly clause: Cited['clause'];
  readonly confirmed: boolean;
}

const levelOrder = ['level5', 'level4', 'level3', 'level2', 'level1'];

function valueText(name: ParameterName, value: unknown, w: ParameterWords): string {
  const money = (fen: number | null) => (fen === null ? w.notKnown : w.yuan(yuanText(fen)));
  switch (name) {
    case 'amountsByLevel': {
      const amounts = value as Record<string, number | null>;
      return levelOrder
        .filter((level) => level in amounts)
        .map((level) => `${w.level(level)} ${money(amounts[level] ?? null)}`)
        .join('；');
    }
    case 'yearlyCapTotal': {
      const cap = value as { claims: number; kinds: string[] };
      return `${w.times(cap.claims)}（${cap.kinds.map(w.kind).join('、')}）`;
    }
    case 'livingAllowanceGroups':
      return (value as string[]).join('、');
    case 'sameLevelOnce':
    case 'apprenticeExclusive':
    case 'higherLevelBlocksLower':
      return value ? w.yes : w.no;
    case 'claimWindowMonths':
      return w.months(value as number);
    case 'insuredYears':
      return w.years(value as number);
    case 'shortageUpliftPercent':
      return w.percent(value as number);
    case 'apprenticeAdvanceShare':
      return w.percent(Math.round((value as number) * 100));
    case 'apprenticeAmountPerYear':
    case 'livingAllowance':
      return money(value as number | null);
    default:
      return w.times(value as number);
  }
}

/**
 * The parameters a rule set states (docs/domain.md §7.8), in the order of `names`, each with its
 * value in words and its clause; one it leaves null is not listed.
 */
export function parameterRows(
  parameters: Parameters,
  names: readonly ParameterName[],
  words: ParameterWords,
): ParameterRow[] {
  return names.flatMap((name) => {
    const cited = parameters[name] as Cited | null;
    if (cited === null) return [];
    return [{ name, value: valueText(name, cited.value, words), clause: cited.clause, confirmed: cited.confirmed }];
  });
}
