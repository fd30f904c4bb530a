import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { examSession } from '../src/domain/exam-session.ts';
import type { SessionEvent } from '../src/domain/exam-session-state.ts';
import {
  at,
  body,
  enrolled,
  examiner,
  scheduled,
  scored,
  seniorExaminer,
  sessionId,
  supervisor,
  workerOf,
} from './session-fixtures.ts';

const spec = deciderSpec(examSession);
const later = '2025-06-01T09:00:00.000Z';
const amend = (changes: object) =>
  ({ type: 'AmendSession', data: { sessionId, body, reason: '考点调整', at: later, ...changes } }) as const;
const closed = { type: 'assessment.SessionClosed', data: { sessionId, closedAt: at } } as const;

describe('amending a scheduled session (docs/domain.md §2.1–2.2: date, venue and staff before the exam)', () => {
  it('moves the date and venue, keeping what is not named, with the reason', () => {
    spec
      .given([scheduled])
      .when(amend({ date: '2025-07-15', venue: '成都市郫都区某实训基地' }))
      .thenEmits([
        {
          type: 'assessment.SessionAmended',
          data: {
            sessionId,
            date: '2025-07-15',
            venue: '成都市郫都区某实训基地',
            examiners: [{ examinerId: examiner.examinerId, workerId: examiner.workerId, grade: 'examiner' }],
            supervisorId: supervisor.supervisorId,
            reason: '考点调整',
            amendedAt: later,
          },
          occurredAt: later,
        },
      ]);
  });

  it('re-staffs with qualified examiners; the outcomes then carry the new date', () => {
    const events = spec
      .given([scheduled])
      .when(amend({ examiners: [seniorExaminer], date: '2025-07-15' }))
      .emitted() as readonly SessionEvent[];
    expect(events).toMatchObject([{ data: { examiners: [{ examinerId: 'ex-2', grade: 'senior-examiner' }] } }]);
    const outcome = spec
      .given([
        scheduled,
        ...events.map(({ type, data }) => ({ type, data }) as SessionEvent),
        enrolled(1),
        scored(1, 'theory', 80),
      ])
      .when({
        type: 'RecordScores',
        data: {
          sessionId,
          entries: [{ row: 1, candidate: { candidateId: '00001' }, part: 'practical', score: 75, reason: null }],
          sheetHash: null,
          byAuthority: false,
          at: later,
        },
      })
      .emitted() as readonly SessionEvent[];
    expect(outcome.find((e) => e.type === 'assessment.CandidatePassed')?.data).toMatchObject({
      sessionDate: '2025-07-15',
    });
  });

  it('refuses once a mark is recorded, or the session is closed', () => {
    spec
      .given([scheduled, enrolled(1), scored(1, 'theory', 80)])
      .when(amend({ venue: '别处' }))
      .thenThrows('SESSION_UNDER_WAY');
    spec
      .given([scheduled, closed])
      .when(amend({ venue: '别处' }))
      .thenThrows('SESSION_CLOSED');
    spec
      .given([])
      .when(amend({ venue: '别处' }))
      .thenThrows('SESSION_NOT_FOUND');
  });

  it('refuses an examiner who is a candidate in the session, or one not certified for it (§2.1 考评员)', () => {
    const candidateExaminer = { ...examiner, examinerId: 'ex-9', workerId: workerOf(1) };
    spec
      .given([scheduled, enrolled(1)])
      .when(amend({ examiners: [candidateExaminer] }))
      .thenThrows('EXAMINER_IN_OWN_SESSION');
    const welder = { ...examiner, qualifications: [{ occupationCode: '6-18-02-04', levels: ['level3' as const] }] };
    spec
      .given([scheduled])
      .when(amend({ examiners: [welder] }))
      .thenThrows('EXAMINER_NOT_QUALIFIED');
  });

  it('refuses another body’s internal supervisor', () => {
    const internal = {
      ...supervisor,
      supervisorId: 'sv-9',
      kind: 'internal' as const,
      bodyId: 'elsewhere',
      cardNo: null,
    };
    spec
      .given([scheduled])
      .when(amend({ supervisor: internal }))
      .thenThrows('SUPERVISOR_NOT_OF_BODY');
  });
});

describe('plausible dates when a session is moved', () => {
  it('given a move to 1899, then 422 naming the date and the rule', () => {
    spec
      .given([scheduled])
      .when(amend({ date: '1899-07-15' }))
      .thenThrows('SESSION_DATE_IMPLAUSIBLE', { field: 'date', rule: 'session_date_range' });
  });
});
