import { describe, expect, it } from 'vitest';
import { emptyFilters, SessionFilterSchema, setFilters } from './session-filters.ts';

describe('the session filters as the form checks them', () => {
  it('sends only the filters given', () => {
    expect(setFilters({ ...emptyFilters, status: 'closed', from: '2025-01-01' })).toEqual({
      status: 'closed',
      from: '2025-01-01',
    });
  });

  it('refuses an occupation code the API refuses, with the shared rule', () => {
    const checked = SessionFilterSchema.safeParse({ occupationCode: '6-31-1' });
    expect(checked.success).toBe(false);
    expect(checked.error?.issues[0]?.path).toEqual(['occupationCode']);
  });

  it('refuses an end date before the start date, on the end date', () => {
    const checked = SessionFilterSchema.safeParse({ from: '2025-07-01', to: '2025-06-01' });
    expect(checked.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['to'], 'to_before_from']]);
  });

  it('takes a range of one day', () => {
    expect(SessionFilterSchema.safeParse({ from: '2025-07-01', to: '2025-07-01' }).success).toBe(true);
  });
});
