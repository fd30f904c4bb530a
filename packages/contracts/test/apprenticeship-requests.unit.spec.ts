import { describe, expect, it } from 'vitest';
import {
  AgreeApprenticeshipSchema,
  apprenticeshipEvents,
  createEventRegistry,
  residentIdCheckChar,
  TerminateApprenticeshipSchema,
  usccCheckChar,
} from '../src/index.ts';
import { storedEvent } from './support/stored-event.ts';

const registry = createEventRegistry([...apprenticeshipEvents]);
const first17 = '51010420080301123';
const idNumber = first17 + residentIdCheckChar(first17);
const agreement = {
  apprenticeshipId: 'ap-1',
  employer: {
    name: '成都蜀味餐饮集团有限公司',
    creditCode: `91510100MA6CUXR00${usccCheckChar('91510100MA6CUXR00')}`,
    regionCode: '510100',
  },
  providerId: 'p-1',
  document: { idType: 'resident-id-card', idNumber },
  name: '李小川',
  mentorName: '王大厨',
  teacherName: '陈老师',
  occupationCode: '4-03-02-01',
  targetLevel: 'level4',
  startsOn: '2025-03-01',
  plannedEndOn: '2027-02-28',
};
const issuesOf = (input: object) => {
  const parsed = AgreeApprenticeshipSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('an agreement’s birth date (docs/domain.md §6.2, §7.6)', () => {
  it('given a 居民身份证号, when a birth date is declared, then it must be the number’s', () => {
    const valid = (extra: object) => issuesOf({ ...agreement, ...extra });
    expect(valid({})).toEqual([]);
    expect(valid({ birthDate: '2008-03-01' })).toEqual([]);
    expect(valid({ birthDate: '2008-03-02' })).toEqual(['birthDate']);
    expect(valid({ document: { idType: 'passport', idNumber: 'E12345678' }, birthDate: '2008-03-02' })).toEqual([]);
  });
});

describe('a termination’s reason code', () => {
  it('given none, then it is `other`; an unknown one is refused', () => {
    const terminate = { terminatedOn: '2025-06-30', reason: '学徒本人申请解除' };
    expect(TerminateApprenticeshipSchema.parse(terminate).reasonCode).toBe('other');
    expect(TerminateApprenticeshipSchema.safeParse({ ...terminate, reasonCode: 'bored' }).success).toBe(false);
  });

  it('given a version 1 termination as stored, when read, then it is lifted to version 2 with `other`', () => {
    const v1 = {
      apprenticeshipId: 'ap-1',
      workerId: 'ab'.repeat(32),
      terminatedOn: '2025-06-30',
      reason: '学徒本人申请解除',
      recordedAt: '2025-06-30T02:00:00.000Z',
    };
    const lifted = registry.parse(storedEvent('training.ApprenticeshipTerminated', 1, v1));
    expect(lifted).toMatchObject({ schemaVersion: 2, data: { ...v1, reasonCode: 'other' } });
  });
});
