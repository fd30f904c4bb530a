import { compareSkillLevels, type RuleCheck, skillLevel } from '@tianfu/contracts';
import { type CheckContext, check, notStated, sourceCitation } from './check-context.ts';
import type { PriorClaim } from './claim-input.ts';

type LevelRule = 'same-level-once' | 'higher-level-blocks-lower';

const describe = (c: PriorClaim): string =>
  `${c.kind} for ${c.occupationCode} ${c.level === null ? '' : skillLevel(c.level).label} counted in ${c.countsInYear}`;

/**
 * The rules on levels already subsidised (docs/domain.md §7.8), across every kind and year: the
 * same occupation and level once; nothing below a level already subsidised. Neither lifts later.
 */
function levelRule(context: CheckContext, rule: LevelRule): RuleCheck {
  const parameter = context.ruleSet.parameters[rule === 'same-level-once' ? 'sameLevelOnce' : 'higherLevelBlocksLower'];
  const certificate = context.input.certificate;
  if (parameter === null || !parameter.value || certificate === null) {
    const citation = parameter ?? sourceCitation(context.ruleSet, `${rule}: not stated`);
    const values = parameter?.value && certificate === null ? { certificateNo: null } : notStated;
    return check(rule, 'passed', citation, `the rule set does not apply ${rule} to this claim`, values);
  }
  const { occupationCode, level } = certificate;
  const blocking = context.input.priorClaims.find((c) => {
    if (c.occupationCode !== occupationCode || c.level === null) return false;
    const order = compareSkillLevels(c.level, level);
    return rule === 'same-level-once' ? order === 0 : order > 0;
  });
  const what = `${occupationCode} ${skillLevel(level).label}`;
  const values = { occupationCode, level };
  if (blocking === undefined) {
    const none = rule === 'same-level-once' ? 'subsidised before' : 'subsidised at a higher level before';
    return check(rule, 'passed', parameter, `${what}: not ${none}`, values);
  }
  const why = rule === 'same-level-once' ? 'already subsidised' : 'a higher level was already subsidised';
  const prior = {
    kind: blocking.kind,
    occupationCode: blocking.occupationCode,
    level: blocking.level,
    countsInYear: blocking.countsInYear,
  };
  const explanation = `${what}: ${why} (${describe(blocking)}); this does not lift later`;
  return check(rule, 'failed', parameter, explanation, { ...values, prior });
}

export const sameLevelOnce = (context: CheckContext): RuleCheck => levelRule(context, 'same-level-once');
export const higherLevelBlocksLower = (context: CheckContext): RuleCheck =>
  levelRule(context, 'higher-level-blocks-lower');
