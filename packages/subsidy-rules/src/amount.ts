import { type RuleCheck, type RuleValues, type SkillLevelKey, skillLevel } from '@tianfu/contracts';
import { type CheckContext, type Citation, check, notStated, sourceCitation } from './check-context.ts';

/** What the rule set pays for a claim: a figure, a figure a person must set (⚠), or nothing. */
export type Amount =
  | {
      readonly kind: 'known';
      readonly fen: number;
      readonly advanceFen: number | null;
      readonly citation: Citation;
      readonly explanation: string;
      readonly values: RuleValues;
    }
  | {
      readonly kind: 'unknown' | 'none';
      readonly citation: Citation | null;
      readonly explanation: string;
      readonly values: RuleValues;
    };

const yuan = (fen: number): string => `${(fen / 100).toLocaleString('en', { maximumFractionDigits: 2 })} yuan`;

/** The base amount raised by the 急需紧缺 percent when the occupation is on a list on the judged date. */
function withUplift(context: CheckContext, fen: number, citation: Citation, what: string, values: RuleValues): Amount {
  const uplift = context.ruleSet.parameters.shortageUpliftPercent;
  if (context.shortage === null || uplift === null || uplift.value === 0) {
    const explanation = `${what}: ${yuan(fen)}`;
    return { kind: 'known', fen, advanceFen: null, citation, explanation, values: { ...values, amountFen: fen } };
  }
  const raised = Math.round((fen * (100 + uplift.value)) / 100);
  const explanation = `${what}: ${yuan(fen)} + ${uplift.value}% for a 急需紧缺 occupation (list ${context.shortage.listId}) = ${yuan(raised)}`;
  return {
    kind: 'known',
    fen: raised,
    advanceFen: null,
    citation: { ...citation, confirmed: citation.confirmed && uplift.confirmed },
    explanation,
    values: {
      ...values,
      baseFen: fen,
      upliftPercent: uplift.value,
      shortageListId: context.shortage.listId,
      amountFen: raised,
    },
  };
}

function byLevel(context: CheckContext): Amount {
  const amounts = context.ruleSet.parameters.amountsByLevel;
  const certificate = context.input.certificate;
  if (amounts === null || certificate === null) {
    const values = certificate === null ? { certificateNo: null } : notStated;
    return { kind: 'none', citation: amounts, explanation: 'no certificate level to pay for', values };
  }
  const { label } = skillLevel(certificate.level);
  const level = { kind: context.input.claim.kind, level: certificate.level };
  const fen = (amounts.value as Partial<Record<string, number | null>>)[certificate.level];
  if (fen === undefined) {
    const paidLevels = Object.keys(amounts.value) as SkillLevelKey[];
    const paid = paidLevels.map((key) => skillLevel(key).label);
    return {
      kind: 'none',
      citation: amounts,
      explanation: `${label} is not subsidised; the rule set pays for ${paid.join(', ') || 'no level'}`,
      values: { ...level, paidLevels },
    };
  }
  if (fen === null) {
    return {
      kind: 'unknown',
      citation: amounts,
      explanation: `${label}: the rule set's figure is not known (⚠); a person sets the amount`,
      values: level,
    };
  }
  return withUplift(context, fen, amounts, label, level);
}

function apprenticeship(context: CheckContext): Amount {
  const { apprenticeAmountPerYear: amount, apprenticeAdvanceShare: share } = context.ruleSet.parameters;
  if (amount === null || amount.value === null) {
    return {
      kind: 'unknown',
      citation: amount,
      explanation: 'the yearly amount per apprentice is not known (⚠); a person sets it',
      values: { kind: 'apprenticeship' },
    };
  }
  const advanceFen = share === null ? 0 : Math.round(amount.value * share.value);
  const perYear = `per apprentice per year: ${yuan(amount.value)}, of which ${yuan(advanceFen)} advanced`;
  // The advance when the year starts; the settlement pays the rest (docs/domain.md §7.10).
  const stage = context.input.apprenticeship?.stage ?? 'settlement';
  const fen = stage === 'advance' ? advanceFen : amount.value - advanceFen;
  const citation = share === null ? amount : { clause: amount.clause, confirmed: amount.confirmed && share.confirmed };
  const explanation = `${perYear}; the ${stage} pays ${yuan(fen)}`;
  const values = { kind: 'apprenticeship' as const, baseFen: amount.value, amountFen: fen, advanceFen, stage };
  return { kind: 'known', fen, advanceFen, citation, explanation, values };
}

function living(context: CheckContext): Amount {
  const allowance = context.ruleSet.parameters.livingAllowance;
  if (allowance === null || allowance.value === null) {
    const explanation = 'the allowance is not known (⚠); a person sets it';
    return { kind: 'unknown', citation: allowance, explanation, values: { kind: 'living' } };
  }
  return {
    kind: 'known',
    fen: allowance.value,
    advanceFen: null,
    citation: allowance,
    explanation: `生活费补贴: ${yuan(allowance.value)}`,
    values: { kind: 'living', amountFen: allowance.value },
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
  return check('amount', statusOf[amount.kind], citation, amount.explanation, amount.values);
};

/** Whether the 急需紧缺 uplift applies (docs/domain.md §7.8): the occupation on a list on the judged date. */
export function shortageUplift(context: CheckContext): RuleCheck {
  const uplift = context.ruleSet.parameters.shortageUpliftPercent;
  const occupation = context.input.certificate?.occupationCode ?? 'the occupation';
  if (uplift === null) {
    const citation = sourceCitation(context.ruleSet, 'no 急需紧缺 uplift stated');
    const explanation = 'the rule set raises no amount for 急需紧缺 occupations';
    return check('shortage-uplift', 'passed', citation, explanation, notStated);
  }
  const code = context.input.certificate?.occupationCode;
  const values = { judgedOn: context.judgedOn, ...(code === undefined ? {} : { occupationCode: code }) };
  if (context.shortage === null) {
    const explanation = `${occupation} is on no 急需紧缺 list on ${context.judgedOn}: no uplift`;
    return check('shortage-uplift', 'passed', uplift, explanation, values);
  }
  const explanation = `${occupation} is on 急需紧缺 list ${context.shortage.listId} on ${context.judgedOn}: +${uplift.value}%`;
  const listed = { ...values, shortageListId: context.shortage.listId, upliftPercent: uplift.value };
  return check('shortage-uplift', 'passed', uplift, explanation, listed);
}
