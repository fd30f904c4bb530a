import { deciderSpec } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { examSession } from '../src/domain/exam-session.ts';
import {
  at,
  eligibleBackground,
  enrolled,
  examiner,
  newcomer,
  scheduled,
  sessionId,
  workerOf,
} from './session-fixtures.ts';

const spec = deciderSpec(examSession);
const entry = (n: number, background = eligibleBackground, overrideReason: string | null = null) => ({
  row: n + 1,
  workerId: workerOf(n),
  background,
  overrideReason,
});
const enrol = (entries: ReturnType<typeof entry>[], sheetHash: string | null = null) =>
  ({ type: 'EnrolCandidates', data: { sessionId, entries, sheetHash, at } }) as const;
const hash = 'ab'.repeat(32);

describe('enrolling candidates with the §2.3 eligibility check', () => {
  it('enrols an eligible worker as candidate 00001, citing the rule that passed (§2.3 template A 三级: 四级 + 5 yrs)', () => {
    spec
      .given([scheduled])
      .when(enrol([entry(1)]))
      .thenEmits([{ ...enrolled(1), workerId: workerOf(1), occurredAt: at }]);
  });

  it('refuses an ineligible worker and explains why every rule failed (§2.3)', () => {
    spec
      .given([scheduled])
      .when(enrol([entry(1, newcomer)]))
      .thenThrows('CANDIDATE_NOT_ELIGIBLE', {
        eligibility: expect.objectContaining({ eligible: false, passedRule: null }),
      });
  });

  it('an override needs a reason and is recorded with what the check said', () => {
    const [event] = spec
      .given([scheduled])
      .when(enrol([entry(1, newcomer, '省厅特批: 竞赛获奖')]))
      .emitted();
    expect(event).toMatchObject({
      data: {
        eligibility: {
          basis: 'override',
          reason: '省厅特批: 竞赛获奖',
          summary: expect.stringContaining('A-level3-1'),
        },
      },
    });
  });

  it('an examiner cannot be a candidate in their own session', () => {
    spec
      .given([scheduled])
      .when(enrol([{ ...entry(1), workerId: examiner.workerId }]))
      .thenThrows('EXAMINER_IN_OWN_SESSION');
  });

  it('a worker is enrolled in a session once', () => {
    spec
      .given([scheduled, enrolled(1)])
      .when(enrol([entry(1)]))
      .thenThrows('CANDIDATE_ALREADY_ENROLLED');
  });

  it('a sheet lists every bad row with its number and rule, and applies nothing', () => {
    const rows = [entry(1), entry(2, newcomer), entry(3), { ...entry(4), workerId: workerOf(3) }];
    spec
      .given([scheduled])
      .when(enrol(rows, hash))
      .thenThrows('SHEET_ROWS_REJECTED', {
        problems: [
          expect.objectContaining({ row: 3, rule: 'not_eligible' }),
          expect.objectContaining({ row: 5, rule: 'already_enrolled' }),
        ],
      });
  });

  it('a good sheet enrols every row and records its hash; the same sheet again changes nothing', () => {
    const events = spec
      .given([scheduled])
      .when(enrol([entry(1), entry(2)], hash))
      .emitted();
    expect(events.map((e) => (e as { type: string }).type)).toEqual([
      'assessment.CandidateEnrolled',
      'assessment.CandidateEnrolled',
      'assessment.SheetAccepted',
    ]);
    const accepted = {
      type: 'assessment.SheetAccepted',
      data: { sessionId, kind: 'enrolments', fileHash: hash, rows: 2, acceptedAt: at },
    } as const;
    spec
      .given([scheduled, enrolled(1), enrolled(2), accepted])
      .when(enrol([entry(1), entry(2)], hash))
      .thenEmits([]);
  });

  it('no enrolment once the session is closed', () => {
    const closed = { type: 'assessment.SessionClosed', data: { sessionId, closedAt: at } } as const;
    spec
      .given([scheduled, closed])
      .when(enrol([entry(1)]))
      .thenThrows('SESSION_CLOSED');
  });
});
