import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { examSession } from '../src/domain/exam-session.ts';
import { body, examiner, plan, scheduled, seniorExaminer, supervisor, workerOf } from './session-fixtures.ts';

const spec = deciderSpec(examSession);
const schedule = (
  overrides: Partial<{
    plan: typeof plan;
    body: typeof body;
    examiners: (typeof examiner)[];
    supervisor: typeof supervisor;
  }> = {},
) => ({ type: 'ScheduleSession', data: { plan, body, examiners: [examiner], supervisor, ...overrides } }) as const;

describe('scheduling an exam session (docs/domain.md §2.1 备案, §2.2 parts)', () => {
  it('schedules what the body filed, with theory and practical for 三级 and the filed standard version', () => {
    spec
      .given([])
      .when(schedule())
      .thenEmits([{ ...scheduled, occurredAt: plan.scheduledAt }]);
  });

  it('a 技师 (二级) session includes 综合评审 and is run by senior examiners (§2.1, §2.2)', () => {
    const events = spec
      .given([])
      .when(schedule({ plan: { ...plan, level: 'level2' }, examiners: [seniorExaminer] }))
      .emitted();
    expect(events).toMatchObject([{ data: { level: 'level2', parts: ['theory', 'practical', 'review'] } }]);
  });

  it('refuses a 二级 session with an examiner who is not senior (§2.1)', () => {
    spec
      .given([])
      .when(schedule({ plan: { ...plan, level: 'level2' }, examiners: [seniorExaminer, examiner] }))
      .thenThrows('SENIOR_EXAMINER_REQUIRED');
  });

  it('refuses an occupation or level the body has not filed (§2.1 备案)', () => {
    spec
      .given([])
      .when(schedule({ plan: { ...plan, level: 'level4' } }))
      .thenThrows('OCCUPATION_NOT_FILED');
    spec
      .given([])
      .when(schedule({ plan: { ...plan, occupationCode: '6-18-02-04' } }))
      .thenThrows('OCCUPATION_NOT_FILED');
  });

  it('a suspended body cannot schedule', () => {
    spec
      .given([])
      .when(schedule({ body: { ...body, status: 'suspended' } }))
      .thenThrows('BODY_SUSPENDED');
  });

  it('refuses an examiner not certified for the occupation and level (§2.1 考评员)', () => {
    const welder = { ...examiner, qualifications: [{ occupationCode: '6-18-02-04', levels: ['level3' as const] }] };
    spec
      .given([])
      .when(schedule({ examiners: [welder] }))
      .thenThrows('EXAMINER_NOT_QUALIFIED');
  });

  it('an internal supervisor (内督) serves only their own body; an external one (外督) any (§2.1)', () => {
    const internal = {
      supervisorId: 'sv-2',
      workerId: workerOf(9004),
      kind: 'internal' as const,
      registeredAt: plan.scheduledAt,
    };
    spec
      .given([])
      .when(schedule({ supervisor: { ...internal, bodyId: 'other-body' } }))
      .thenThrows('SUPERVISOR_NOT_OF_BODY');
    expect(
      spec
        .given([])
        .when(schedule({ supervisor: { ...internal, bodyId: body.bodyId } }))
        .emitted(),
    ).toHaveLength(1);
  });

  it('a session id is scheduled once', () => {
    spec.given([scheduled]).when(schedule()).thenThrows('SESSION_ALREADY_SCHEDULED');
  });
});

describe('plausible session dates (等级认定 from 2019, docs/domain.md §2.1; planned at most 2 years ahead)', () => {
  it('given a session dated 1899, then 422 naming the date and the rule', () => {
    spec
      .given([])
      .when(schedule({ plan: { ...plan, date: '1899-06-20' } }))
      .thenThrows('SESSION_DATE_IMPLAUSIBLE', { field: 'date', rule: 'session_date_range' });
  });

  it('given a session more than 2 years after the day it is scheduled, then 422; the first day of 2019 is accepted', () => {
    const today = plan.scheduledAt.slice(0, 10);
    const tooFar = `${Number(today.slice(0, 4)) + 2}-12-31`;
    spec
      .given([])
      .when(schedule({ plan: { ...plan, date: tooFar } }))
      .thenThrows('SESSION_DATE_IMPLAUSIBLE');
    expect(
      spec
        .given([])
        .when(schedule({ plan: { ...plan, date: '2019-01-01' } }))
        .emitted(),
    ).toHaveLength(1);
  });
});
