import type { RuleProblem, RuleValues, TrainingRuleWordings, WordingNames } from './rule-wording.ts';

const problems: Readonly<Record<RuleProblem, string>> = {
  'no-class': 'the claim names no class',
  'not-subsidised': 'the class is not subsidised training',
  'no-completion': 'the platform holds no completion of the class for the worker',
  'not-completed': 'the worker did not complete the class',
  'no-level': 'the class trains an item without levels: no certificate level to pay by',
  'other-occupation-or-level': 'the certificate is not of the class’s occupation and level',
  'groups-unreadable':
    'the groups declared at enrolment can no longer be read (erased or never recorded); a person decides',
  'no-group-matches': 'no group declared at enrolment is one the living allowance is for',
  'no-apprenticeship': 'the claim names no apprenticeship',
  'past-planned-end': 'the agreement year is past the agreement’s planned end',
  'ended-before-year': 'the apprenticeship ended before the agreement year began',
  'year-not-begun': 'the agreement year has not begun',
  terminated: 'the apprenticeship was terminated',
  'not-completed-yet': 'the apprenticeship is not completed: it is settled on completion',
  'not-the-aim': 'the certificate is not of the occupation and level the agreement aims at',
  'already-claimed': 'this stage of the agreement year was claimed already',
  overlap: 'another training subsidy was paid for the same period',
};

const year = (v: RuleValues) =>
  `Agreement ${v.apprenticeshipId} year ${v.agreementYear} (${v.periodFrom} to ${v.periodTo}), ${v.stage ?? 'settlement'}`;

/** The rules on the training a training subsidy, apprenticeship subsidy or living allowance rests on, in English. */
export const trainingRuleWordingsEn: TrainingRuleWordings = {
  'training-completed': (v, status, n: WordingNames) => {
    if (v.problem !== undefined) return `${v.classId ? `Class ${v.classId}: ` : ''}${problems[v.problem]}`;
    if (status !== 'passed' || v.classId === undefined) return null;
    const aim = v.occupationCode && v.level ? ` (${v.occupationCode} ${n.level(v.level)})` : '';
    return `Completed subsidised class ${v.classId}${aim} on ${v.completedOn}`;
  },
  'target-group': (v, status) => {
    if (v.stated === false) return 'The rule set names no groups the living allowance is for (⚠): a person decides';
    if (v.problem !== undefined) return problems[v.problem];
    return status === 'passed' ? 'A group declared at enrolment is one the living allowance is for' : null;
  },
  'apprenticeship-year': (v, status) => {
    if (v.problem === 'no-apprenticeship') return problems[v.problem];
    if (v.apprenticeshipId === undefined) return null;
    if (v.problem !== undefined) return `${year(v)}: ${problems[v.problem]}`;
    return status === 'passed' ? `${year(v)}: may be claimed` : null;
  },
  'apprentice-year-once': (v, status) => {
    if (v.problem === 'no-apprenticeship') return problems[v.problem];
    if (v.apprenticeshipId === undefined) return null;
    return status === 'passed' ? `${year(v)}: not claimed before` : `${year(v)}: ${problems['already-claimed']}`;
  },
  'apprentice-exclusion': (v, _status, n) => {
    if (v.stated === false) return 'The rule set does not exclude an apprentice’s other training subsidies';
    if (v.periodFrom === undefined) return null;
    const period = `${v.periodFrom} to ${v.periodTo}`;
    if (v.problem === 'overlap')
      return `${v.kind === undefined ? 'Another training subsidy' : n.kind(v.kind)} was paid for ${period}: not twice`;
    return `No other training subsidy was paid for ${period}`;
  },
};
