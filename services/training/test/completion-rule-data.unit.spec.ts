import { trainingKinds } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import type { ClassFacts } from '../src/domain/class-facts.ts';
import { completionRuleFor } from '../src/domain/completion.ts';
import { completionRules } from '../src/domain/completion-rule-data.ts';
import { facts } from './roster-fixtures.ts';

describe('the completion rule data (docs/domain.md §7.5)', () => {
  it('has one rule in force for every kind on every day from 2023 to the 2025 办法’s end, the 2025 办法 from 2025-09-01', () => {
    for (const { code: kind } of trainingKinds) {
      const of: ClassFacts = { ...facts, kind, regionCode: '513400' };
      expect(completionRuleFor(completionRules, of, '2023-01-01')?.ruleId).toBe('sc-2020-68-attendance');
      expect(completionRuleFor(completionRules, of, '2025-08-31')?.ruleId).toBe('sc-2020-68-attendance');
      expect(completionRuleFor(completionRules, of, '2025-09-01')?.ruleId).toBe('sc-2025-11-attendance');
      expect(completionRuleFor(completionRules, of, '2028-08-31')?.ruleId).toBe('sc-2025-11-attendance');
    }
  });

  it('marks every share as not yet confirmed (⚠) and names its source', () => {
    for (const rule of completionRules) {
      expect(rule.confirmed).toBe(false);
      expect(rule.source).toMatch(/川人社/);
    }
  });
});
