import type { CertifiedLevel } from './candidate-background.ts';
import type { EligibilityRule, LevelRules, TemplateId } from './eligibility-rule.ts';
import type { OccupationStandard } from './occupation-standards.ts';
import { templateA } from './template-a.ts';
import { templateB } from './template-b.ts';

export const eligibilityTemplates: Readonly<Record<TemplateId, LevelRules>> = { A: templateA, B: templateB };

/** The routes to `level` under one standard: its template's, with the standard's deviations applied. */
export function rulesFor(standard: OccupationStandard, level: CertifiedLevel): readonly EligibilityRule[] {
  const replaced = eligibilityTemplates[standard.template][level].map((templateRule) => {
    const deviation = standard.deviations.find((d) => d.kind === 'replace' && d.ruleId === templateRule.id);
    return deviation?.rule ?? templateRule;
  });
  const added = standard.deviations.filter((d) => d.kind === 'add' && d.level === level).map((d) => d.rule);
  return [...replaced, ...added];
}
