import { type RuleCheck, type SkillLevelKey, skillLevel } from '@tianfu/contracts';
import { type CheckContext, type Citation, check, sourceCitation } from './check-context.ts';

/** What the rule set pays for a claim: a figure, a figure a person must set (⚠), or nothing. */
export type Amount =
  | {
      readonly kind: 'known';
      readonly fen: number;
      readonly advanceFen: number | null;
      readonly citation: Citation;
      readonly explanation: string;
    }
  | { readonly kind: 'unknown' | 'none'; readonly citation: Citation | null; readonly explanation: string };

const yuan = (fen: number): string => `${(fen / 100).toLocaleString('en', { maximumFractionDigits: 2 })} yuan`;

/** The base amount raised by the 急需紧缺 percent when the occupation is on a list on the judged date. */
function withUplift(context: CheckContext, fen: number, citation: Citation, what: string): Amount {
  const uplift = context.ruleSet.parameters.shortageUpliftPercent;
  if (context.shortage === null || uplift === null || uplift.value === 0) {
    return { kind: 'known', fen, advanceFen: null, citation, explanation: `${what}: ${yuan(fen)}` };
  }
  const raised = Math.round((fen * (100 + uplift.value)) / 100);
  const explanation = `${what}: ${yuan(fen)} + ${uplift.value}% for a 急需紧缺 occupation (list ${context.shortage.listId}) = ${yuan(raised)}`;
  return {
    kind: 'known',
    fen: raised,
    advanceFen: null,
    citation: { ...citation, confirmed: citation.confirmed && uplift.confirmed },
    explanation,
  };
}

function byLevel(context: CheckContext): Amount {
  const amounts = context.ruleSet.parameters.amountsByLevel;
  const certificate = context.input.certificate;
  if (amounts === null || certificate === null) {
    return { kind: 'none', citation: amounts, explanation: 'no certificate level to pay for' };
  }
  const { label } = skillLevel(certificate.level);
  const fen = (amounts.value as Partial<Record<string, number | null>>)[certificate.level];
  if (fen === undefined) {
    const paid = (Object.keys(amounts.value) as SkillLevelKey[]).map((level) => skillLevel(level).label);
    return {
      kind: 'none',
      citation: amounts,
      explanation: `${label} is not subsidised; the rule set pays for ${paid.join(', ') || 'no level'}`,
    };
  }
  if (fen === null) {
    return {
      kind: 'unknown',
      citation: amounts,
      explanation: `${label}: the rule set's figure is not known (⚠); a person sets the amount`,
    };
  }
  return withUplift(context, fen, amounts, label);
}

function apprenticeship(context: CheckContext): Amount {
  const { apprenticeAmountPerYear: amount, apprenticeAdvanceShare: share } = context.ruleSet.parameters;
  if (amount === null || amount.value === null) {
    return {
      kind: 'unknown',
      citation: amount,
      explanation: 'the yearly amount per apprentice is not known (⚠); a person sets it',
    };
  }
  const advanceFen = share === null ? 0 : Math.round(amount.value * share.value);
  const perYear = `per apprentice per year: ${yuan(amount.value)}, of which ${yuan(advanceFen)} advanced`;
  // The advance when the year starts; the settlement pays the rest (docs/domain.md §7.10).
  const stage = context.input.apprenticeship?.stage ?? 'settlement';
  const fen = stage === 'advance' ? advanceFen : amount.value - advanceFen;
  const citation = share === null ? amount : { clause: amount.clause, confirmed: amount.confirmed && share.confirmed };
  const explanation = `${perYear}; the ${stage} pays ${yuan(fen)}`;
  return { kind: 'known', fen, advanceFen, citation, explanation };
}

function living(context: CheckContext): Amount {
  const allowance = context.ruleSet.parameters.livingAllowance;
  if (allowance === null || allowance.value === null) {
    return { kind: 'unknown', citation: allowance, explanation: 'the allowance is not known (⚠); a person sets it' };
  }
  return {
    kind: 'known',
    fen: allowance.value,
    advanceFen: null,
    citation: allowance,
    explanation: `生活费补贴: ${yuan(allowance.value)}`,
  };
}

/** The amount of a claim under its rule set (docs/domain.md §7.8). */
export function amountOf(context: CheckContext): Amount {
  switch (context.input.claim.kind) {
    case 'apprenticeship':
      return apprenticeship(context);
    case 'living':
      return living(context);
    default:
      return byLevel(context);
  }
}

const statusOf = { known: 'passed', unknown: 'referred', none: 'failed' } as const;

export const amountCheck = (context: CheckContext, amount: Amount): RuleCheck => {
  const citation = amount.citation ?? sourceCitation(context.ruleSet, 'no amount stated');
  return check('amount', statusOf[amount.kind], citation, amount.explanation);
};

/** Whether the 急需紧缺 uplift applies (docs/domain.md §7.8): the occupation on a list on the judged date. */
export function shortageUplift(context: CheckContext): RuleCheck {
  const uplift = context.ruleSet.parameters.shortageUpliftPercent;
  const occupation = context.input.certificate?.occupationCode ?? 'the occupation';
  if (uplift === null) {
    const citation = sourceCitation(context.ruleSet, 'no 急需紧缺 uplift stated');
    return check('shortage-uplift', 'passed', citation, 'the rule set raises no amount for 急需紧缺 occupations');
  }
  if (context.shortage === null) {
    const explanation = `${occupation} is on no 急需紧缺 list on ${context.judgedOn}: no uplift`;
    return check('shortage-uplift', 'passed', uplift, explanation);
  }
  const explanation = `${occupation} is on 急需紧缺 list ${context.shortage.listId} on ${context.judgedOn}: +${uplift.value}%`;
  return check('shortage-uplift', 'passed', uplift, explanation);
}
