import { describe, expect, it } from 'vitest';
import { type CheckFacts, verificationChecks } from '../src/domain/verification-checks.ts';

/** A 电工 三级 certificate (level digit 3 in its number) found valid, signed by k1. */
const found: CheckFacts = {
  certificateNo: 'Y000051001064253000001',
  signedBy: 'k1',
  bodyName: '四川省某技师学院',
  status: 'valid',
  statusSince: null,
  revocationReason: null,
  revocationCaseRef: null,
  level: 'level3',
  occupationCode: '6-31-01-03',
  occupationName: '电工',
  issuedOn: '2025-06-20',
  today: '2026-01-05',
};

const failed = (facts: CheckFacts) =>
  verificationChecks(facts)
    .filter((check) => !check.passed)
    .map((check) => check.check);

describe('verification checks (docs/domain.md §3.1, §3.2)', () => {
  it('given a sound certificate, then every check passes', () => {
    expect(failed(found)).toEqual([]);
  });

  it('given a credential that verifies under no published key, then signature and issuer fail', () => {
    const checks = verificationChecks({ ...found, signedBy: null });
    expect(checks.filter((check) => !check.passed).map((check) => check.check)).toEqual(['signature', 'issuer']);
    expect(checks[0]).toEqual({ check: 'signature', passed: false });
  });

  it('given a level other than the one its number carries, then the level check fails', () => {
    expect(failed({ ...found, level: 'level2' })).toEqual(['level']);
  });

  it('given a number without a level digit (特级技师), then the level is taken as stated', () => {
    expect(failed({ ...found, certificateNo: 'TJ51000000202500000001', level: 'principal-technician' })).toEqual([]);
  });

  it('given an occupation the catalogue does not hold, then the occupation check fails, naming the code', () => {
    const checks = verificationChecks({ ...found, occupationName: null });
    expect(checks.find((check) => check.check === 'occupation')).toEqual({
      check: 'occupation',
      passed: false,
      detail: '6-31-01-03',
    });
  });

  it('given an issue date after today, then the issue date check fails; on the day itself it passes', () => {
    expect(failed({ ...found, issuedOn: '2026-01-06' })).toEqual(['issueDate']);
    expect(failed({ ...found, issuedOn: '2026-01-05' })).toEqual([]);
  });

  it('given a revocation, then status fails with its day and reason; a suspension with its day alone', () => {
    const revoked = {
      ...found,
      status: 'revoked' as const,
      statusSince: '2025-12-01',
      revocationReason: 'fraud' as const,
    };
    expect(verificationChecks(revoked)[2]).toEqual({
      check: 'status',
      passed: false,
      detail: 'revoked',
      since: '2025-12-01',
      reason: 'fraud',
    });
    const suspended = {
      ...found,
      status: 'suspended' as const,
      statusSince: '2025-12-02',
      revocationReason: 'fraud' as const,
    };
    expect(verificationChecks(suspended)[2]).toEqual({
      check: 'status',
      passed: false,
      detail: 'suspended',
      since: '2025-12-02',
    });
  });

  it('given a revocation a supervision case decided, then status names the case too', () => {
    const revoked = {
      ...found,
      status: 'revoked' as const,
      statusSince: '2025-12-01',
      revocationReason: 'fraud' as const,
      revocationCaseRef: 'CASE-2025-014',
    };
    expect(verificationChecks(revoked)[2]).toMatchObject({ reason: 'fraud', caseRef: 'CASE-2025-014' });
  });
});
