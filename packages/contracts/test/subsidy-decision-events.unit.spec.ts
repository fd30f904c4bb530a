import { describe, expect, it } from 'vitest';
import { createEventRegistry, subsidyClaimEvents } from '../src/index.ts';
import { storedEvent } from './support/stored-event.ts';

const registry = createEventRegistry([...subsidyClaimEvents]);
const worker = 'a1'.repeat(32);
const clause = { document: '川人社发〔2023〕1号', article: 'at most 3 a calendar year', url: null };
const cap = {
  rule: 'yearly-cap-kind',
  status: 'failed',
  clause,
  confirmed: true,
  explanation: 'skill-upgrade: at most 3 a year; 3 already counted in 2025',
  claimableFrom: '2026-01-01',
};
const decided = (checks: readonly object[]) => ({
  claimId: `clm-${'0'.repeat(32)}`,
  workerId: worker,
  region: '510700',
  payee: 'worker',
  decision: {
    outcome: 'rejected',
    kind: 'skill-upgrade',
    workerId: worker,
    certificateNo: 'Y000051000001254001000001',
    claimedOn: '2025-03-01',
    judgedOn: '2025-01-10',
    countsInYear: 2025,
    ruleSet: { ruleSetId: 'sc-skill-upgrade', version: 1, region: '510000' },
    amountFen: null,
    advanceFen: null,
    shortage: null,
    checks,
  },
  subsidised: null,
  insurance: { status: 'unknown' },
  decidedAt: '2025-03-01T10:00:00+08:00',
});
const parsedChecks = (checks: readonly object[]) =>
  (registry.parse(storedEvent('subsidy.ClaimDecided', 1, decided(checks))).data as { decision: { checks: unknown[] } })
    .decision.checks;

describe('subsidy.ClaimDecided: each rule checked, in words and in values (docs/domain.md §7.8)', () => {
  it('a decision recorded before checks carried values still parses, without them', () => {
    expect(parsedChecks([cap])).toEqual([cap]);
  });

  it('a check carries the figures it compared, typed', () => {
    const values = { kind: 'skill-upgrade', limit: 3, extraClaims: 0, counted: 3, countedForWorker: 0, year: 2025 };
    expect(parsedChecks([{ ...cap, values }])).toEqual([{ ...cap, values }]);
  });

  it('refuses values of the wrong type or unknown to the schema', () => {
    expect(() => parsedChecks([{ ...cap, values: { limit: 'three' } }])).toThrow(/limit/);
    expect(() => parsedChecks([{ ...cap, values: { cap: 3 } }])).toThrow(/cap/);
  });
});
