import { type RuleCheck, type RuleProblem, skillLevel } from '@tianfu/contracts';
import { type CheckContext, check, notStated, sourceCitation } from './check-context.ts';
import type { CompletionFacts } from './claim-input.ts';

/** Why the class does not pay: not subsidised, not completed, or not the certificate's occupation and level. */
function completionProblem(context: CheckContext, completion: CompletionFacts): [RuleProblem, string] | null {
  const { classId, subsidised, outcome, occupationCode, targetLevel } = completion;
  if (!subsidised) return ['not-subsidised', `class ${classId} is not subsidised (补贴性)`];
  if (outcome === null) return ['no-completion', `the worker has no completion of class ${classId} on record`];
  if (!outcome.completed)
    return ['not-completed', `the worker did not complete class ${classId} (decided on ${outcome.on})`];
  const certificate = context.input.certificate;
  if (context.input.claim.kind !== 'training' || certificate === null) return null;
  if (occupationCode === null || targetLevel === null)
    return ['no-level', `class ${classId} trains an item without levels: no certificate level to pay by`];
  if (certificate.occupationCode !== occupationCode || certificate.level !== targetLevel) {
    const trained = `${occupationCode} ${skillLevel(targetLevel).label}`;
    const held = `${certificate.occupationCode} ${skillLevel(certificate.level).label}`;
    return [
      'other-occupation-or-level',
      `class ${classId} trained for ${trained}; certificate ${certificate.certificateNo} is for ${held}`,
    ];
  }
  return null;
}

/**
 * 职业培训补贴 and 生活费补贴 rest on a subsidised class the worker completed (docs/domain.md §7.8),
 * and 职业培训补贴 on a certificate of the class's occupation at its target level.
 */
export function trainingCompleted(context: CheckContext): RuleCheck {
  const citation = sourceCitation(context.ruleSet, 'subsidised training (补贴性) completed, with its certificate');
  const completion = context.input.completion ?? null;
  if (completion === null)
    return check('training-completed', 'failed', citation, 'the claim names no class', { problem: 'no-class' });
  const { classId, occupationCode, targetLevel, outcome } = completion;
  const values = {
    classId,
    ...(occupationCode === null ? {} : { occupationCode }),
    ...(targetLevel === null ? {} : { level: targetLevel }),
    ...(outcome === null ? {} : { completedOn: outcome.on }),
  };
  const problem = completionProblem(context, completion);
  if (problem !== null)
    return check('training-completed', 'failed', citation, problem[1], { ...values, problem: problem[0] });
  return check('training-completed', 'passed', citation, `class ${classId} completed on ${outcome?.on ?? ''}`, values);
}

/**
 * 生活费补贴 is for some target groups, as the worker declared them at enrolment (docs/domain.md
 * §7.8, §7.2). The decision never names the groups: they are sensitive personal data.
 */
export function targetGroup(context: CheckContext): RuleCheck {
  const groups = context.ruleSet.parameters.livingAllowanceGroups;
  const declared = context.input.completion?.targetGroups ?? null;
  if (groups === null) {
    const citation = sourceCitation(context.ruleSet, 'target groups not stated');
    const why = 'the rule set names no target groups (⚠); a person decides';
    return check('target-group', 'referred', citation, why, notStated);
  }
  if (declared === null) {
    const why = 'the target groups declared at enrolment can no longer be read (erased or never recorded)';
    return check('target-group', 'referred', groups, `${why}; a person decides`, { problem: 'groups-unreadable' });
  }
  return declared.some((g) => groups.value.includes(g))
    ? check('target-group', 'passed', groups, 'a target group declared at enrolment is one the allowance is for', {})
    : check('target-group', 'failed', groups, 'no target group declared at enrolment is one the allowance is for', {
        problem: 'no-group-matches',
      });
}
