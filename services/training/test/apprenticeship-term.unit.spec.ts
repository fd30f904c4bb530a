import { describe, expect, it } from 'vitest';
import { apprenticeshipDurationRules } from '../src/domain/apprenticeship-rule-data.ts';
import { addMonths, durationRuleOn, lastDayOfSpan } from '../src/domain/apprenticeship-term.ts';

describe('an apprenticeship’s term in months (docs/domain.md §7.6)', () => {
  it('counts months to the same day, or the month’s last; a span ends the day before', () => {
    expect(addMonths('2025-03-01', 12)).toBe('2026-03-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(lastDayOfSpan('2025-03-01', 24)).toBe('2027-02-28');
    expect(lastDayOfSpan('2025-01-01', 36)).toBe('2027-12-31');
  });

  it('has the 2021 national rule in force from June 2021 on, unconfirmed (⚠) and with its source', () => {
    expect(durationRuleOn(apprenticeshipDurationRules, '2021-05-31')).toBeNull();
    const rule = durationRuleOn(apprenticeshipDurationRules, '2025-03-01');
    expect(rule).toMatchObject({ minMonths: 12, usualMaxMonths: 24, maxMonths: 36, confirmed: false });
    expect(rule?.source).toMatch(/人社部发〔2021〕39号/);
  });
});
