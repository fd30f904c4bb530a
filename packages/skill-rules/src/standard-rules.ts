import type { EligibilityDeviation } from '@tianfu/contracts';
import type { CertifiedLevel } from './candidate-background.ts';
import type { EligibilityRule, LevelRules, TemplateId } from './eligibility-rule.ts';
import type { OccupationStandard } from './occupation-standard.ts';
import { templateA } from './template-a.ts';
import { templateB } from './template-b.ts';

export const eligibilityTemplates: Readonly<Record<TemplateId, LevelRules>> = { A: templateA, B: templateB };

/** A deviation's rule as the evaluator runs it; the catalogue's schema asks for one clause at least. */
function ruleOf({ id, text, allOf }: EligibilityDeviation['rule']): EligibilityRule {
  const [first, ...rest] = allOf;
  if (first === undefined) throw new RangeError(`rule ${id} has no clause`);
  return { id, text, allOf: [first, ...rest] };
}

/** The routes to `level` under one standard: its template's, with the standard's deviations applied. */
export function rulesFor(standard: OccupationStandard, level: CertifiedLevel): readonly EligibilityRule[] {
  const replaced = eligibilityTemplates[standard.template][level].map((templateRule) => {
    const deviation = standard.deviations.find((d) => d.kind === 'replace' && d.ruleId === templateRule.id);
    return deviation === undefined ? templateRule : ruleOf(deviation.rule);
  });
  const added = standard.deviations.flatMap((d) => (d.kind === 'add' && d.level === level ? [ruleOf(d.rule)] : []));
  return [...replaced, ...added];
}

/** A deviation that does not fit its standard's template, by its place in the list. */
export interface DeviationProblem {
  readonly index: number;
  readonly message: string;
}

/**
 * Why a standard's deviations cannot apply to its template (docs/domain.md §2.3 "single standards
 * deviate"): a replacement must name a rule the template has, so it replaces something.
 */
export function deviationProblems(
  standard: Pick<OccupationStandard, 'template' | 'deviations'>,
): readonly DeviationProblem[] {
  const ids = new Set(
    Object.values(eligibilityTemplates[standard.template]).flatMap((rules) => rules.map((r) => r.id)),
  );
  return standard.deviations.flatMap((deviation, index) =>
    deviation.kind === 'replace' && !ids.has(deviation.ruleId)
      ? [{ index, message: `template ${standard.template} has no rule ${deviation.ruleId} to replace` }]
      : [],
  );
}
