import { describe, expect, it } from 'vitest';
import { publicCertificate } from '../src/application/verification.ts';
import { competitionIssuance } from '../src/domain/competition-issuance.ts';
import { examIssuance } from '../src/domain/exam-issuance.ts';
import { candidatePassed, passedEvent, promotionAwarded } from './samples.ts';

// 01:30 on 22 June in China is still 21 June in UTC: 发证日期 and 撤销日期 are China's days (chinaDate),
// as the career ladder dates the same facts.
const lateUtc = '2025-06-21T17:30:00.000Z';

describe('certificate dates are days in China Standard Time', () => {
  it('an exam certificate carries the session’s day, whatever hour or day the pass was decided', () => {
    const event = passedEvent({ ...candidatePassed(1), sessionDate: '2023-04-15', decidedAt: lateUtc });
    expect(examIssuance(event).issuedOn).toBe('2023-04-15');
  });

  it('a promotion carries the day of the 核准, not the instant it was recorded', () => {
    expect(competitionIssuance(promotionAwarded(lateUtc)).issuedOn).toBe('2025-06-22');
    expect(competitionIssuance(promotionAwarded(lateUtc, '2024-12-20')).issuedOn).toBe('2024-12-20');
  });

  it('verification says a certificate revoked after 16:00 UTC was revoked the next day', () => {
    const record = {
      _id: 'Y000051001064253000001',
      certificateId: 'c',
      workerId: 'a'.repeat(64),
      statusEntry: { listId: 'l', index: 1 },
      holder: null,
      holderName: null,
      bodyId: 'b',
      bodyName: '四川省某技师学院',
      occupationCode: '6-31-01-03',
      workType: '--',
      level: 'level3' as const,
      issuedOn: '2025-06-01',
      basisPath: 'exam' as const,
      basisReference: 'session s-1 candidate 00001',
    };
    const nameOf = (code: string) => code;
    expect(publicCertificate(record, { status: 'revoked', since: lateUtc }, nameOf).revokedOn).toBe('2025-06-22');
    expect(publicCertificate(record, { status: 'valid', since: null }, nameOf).revokedOn).toBeNull();
  });
});
