import type { RuleValues, RuleWordings, WordingNames } from './rule-wording.ts';
import { trainingRuleWordingsEn } from './training-rule-wording-en.ts';

const noCertificate = 'The claim names no certificate';
const notStated = 'The rule set does not apply this rule to the claim';
const counted = (v: RuleValues) =>
  v.counted === undefined
    ? ''
    : `; ${v.counted} already counted in ${v.year}${v.countedForWorker ? ` (${v.countedForWorker} of them paid to an employer or provider for the worker)` : ''}`;

function amount(v: RuleValues, n: WordingNames): string | null {
  if (v.certificateNo === null) return 'No certificate level to pay for';
  if (v.stated === false) return 'The rule set states no amounts by level';
  const unknown = 'not stated (⚠): a person sets the amount';
  if (v.kind === 'apprenticeship') {
    if (v.baseFen === undefined || v.amountFen === undefined) return `Per apprentice per year: ${unknown}`;
    const advance = v.advanceFen === undefined ? '' : `, of which ${n.yuan(v.advanceFen)} advanced`;
    return `Per apprentice per year: ${n.yuan(v.baseFen)}${advance}; the ${v.stage ?? 'settlement'} pays ${n.yuan(v.amountFen)}`;
  }
  if (v.kind === 'living')
    return v.amountFen === undefined ? `Living allowance: ${unknown}` : `Living allowance: ${n.yuan(v.amountFen)}`;
  if (v.level === undefined) return null;
  const level = n.level(v.level);
  if (v.paidLevels !== undefined)
    return `${level} is not subsidised; the rule set pays for ${v.paidLevels.map(n.level).join(', ') || 'no level'}`;
  if (v.amountFen === undefined) return `${level}: ${unknown}`;
  if (v.baseFen === undefined) return `${level}: ${n.yuan(v.amountFen)}`;
  return `${level}: ${n.yuan(v.baseFen)} + ${v.upliftPercent}% for a 急需紧缺 occupation (list ${v.shortageListId}) = ${n.yuan(v.amountFen)}`;
}

function levelRule(higher: boolean) {
  return (v: RuleValues, _status: unknown, n: WordingNames): string | null => {
    if (v.certificateNo === null) return noCertificate;
    if (v.stated === false) return notStated;
    if (v.level === undefined) return null;
    const what = `${v.occupationCode} ${n.level(v.level)}`;
    const p = v.prior;
    if (p === undefined)
      return higher
        ? `${v.occupationCode}: nothing above ${n.level(v.level)} subsidised before`
        : `${what}: not subsidised before`;
    const before = `${n.kind(p.kind)}, counted in ${p.countsInYear}`;
    return higher
      ? `${v.occupationCode} ${p.level === null ? '' : n.level(p.level)} was subsidised (${before}): no lower level after it`
      : `${what} was subsidised already (${before}): once only`;
  };
}

/** Each rule worded in English from its values (docs/domain.md §7.8). */
export const ruleWordingsEn: RuleWordings = {
  'rule-set-in-force': (v, status, n) => {
    if (status === 'failed')
      return `No ${v.kind === undefined ? '' : `${n.kind(v.kind)} `}rule set is in force in the region for ${v.claimedOn}`;
    if (v.ruleSetId === undefined || v.region === undefined) return null;
    const until = v.effectiveTo ? `, taken over from ${v.effectiveTo}` : '';
    const by = v.judgedBy === 'certificate-issued' ? 'the certificate’s issue date' : 'the claim date';
    return `Judged by ${v.ruleSetId} version ${v.version} (${n.region(v.region)}, in force from ${v.effectiveFrom}${until}) on ${v.judgedOn}, ${by}`;
  },
  'certificate-holder': (v, status) => {
    if (v.certificateNo === null) return noCertificate;
    return status === 'passed'
      ? `Certificate ${v.certificateNo} is the claimant’s`
      : `Certificate ${v.certificateNo} is held by another person`;
  },
  'certificate-valid': (v) => {
    if (v.certificateNo === null) return noCertificate;
    if (v.certificateStatus === 'valid') return `Certificate ${v.certificateNo} is valid`;
    if (v.certificateStatus === 'revoked') return `Certificate ${v.certificateNo} was revoked: it is never subsidised`;
    if (v.certificateStatus === 'suspended')
      return `Certificate ${v.certificateNo} is suspended: claim again once it is reinstated${v.windowLast ? `, by ${v.windowLast}` : ''}`;
    return null;
  },
  'claim-window': (v, status) => {
    if (v.certificateNo === null) return noCertificate;
    if (v.stated === false) return 'The rule set sets no claim window';
    if (v.claimedOn === undefined || v.issuedOn === undefined) return null;
    if (v.claimedOn < v.issuedOn)
      return `Claimed on ${v.claimedOn}, before the certificate was issued on ${v.issuedOn}`;
    const span = `${v.windowMonths} months of the issue on ${v.issuedOn} (until ${v.windowLast})`;
    return status === 'passed'
      ? `Claimed on ${v.claimedOn}, within ${span}`
      : `Claimed on ${v.claimedOn}, after ${span}`;
  },
  'insured-long-enough': (v, status) => {
    if (v.stated === false) return 'The rule set asks for no insured period';
    if (v.insurance === 'unknown')
      return `Unemployment insurance not known to the platform: a person checks ${v.insuredYears} year(s)`;
    if (v.insurance === 'not-insured')
      return `Not insured on the claim date ${v.claimedOn}${v.lastInsuredUntil ? ` (last insured until ${v.lastInsuredUntil})` : ''}`;
    if (v.insuredSince === undefined) return null;
    const span = `Insured since ${v.insuredSince}: ${v.insuredYears} year(s) complete on ${v.insuredComplete}`;
    return status === 'passed' ? `${span}, claimed on ${v.claimedOn}` : `${span}, after the claim on ${v.claimedOn}`;
  },
  amount: (v, _status, n) => amount(v, n),
  'shortage-uplift': (v) => {
    if (v.stated === false) return 'The rule set raises no amount for 急需紧缺 occupations';
    const occupation = v.occupationCode ?? 'The occupation';
    return v.shortageListId === undefined
      ? `${occupation} is on no 急需紧缺 list on ${v.judgedOn}: no uplift`
      : `${occupation} is on 急需紧缺 list ${v.shortageListId} on ${v.judgedOn}: +${v.upliftPercent}%`;
  },
  'yearly-cap-kind': (v, _status, n) => {
    const kind = v.kind === undefined ? 'This kind' : n.kind(v.kind);
    if (v.stated === false) return `${kind}: no yearly cap`;
    if (v.limit === undefined) return null;
    const extra = v.extraClaims ? ` + ${v.extraClaims} for a 急需紧缺 occupation` : '';
    return `${kind}: at most ${v.limit}${extra} a year${counted(v)}`;
  },
  'yearly-cap-total': (v, _status, n) => {
    if (v.stated === false)
      return `${v.kind === undefined ? 'This kind' : n.kind(v.kind)} is not counted with other kinds`;
    if (v.limit === undefined || v.kinds === undefined) return null;
    return `${v.kinds.map(n.kind).join(' + ')} together: at most ${v.limit} a year${counted(v)}`;
  },
  'same-level-once': levelRule(false),
  'higher-level-blocks-lower': levelRule(true),
  ...trainingRuleWordingsEn,
};
