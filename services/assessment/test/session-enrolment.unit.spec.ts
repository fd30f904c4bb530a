import { randomUUID } from 'node:crypto';
import { deciderSpec } from '@tianfu/decider/spec';
import { InMemoryEventStore } from '@tianfu/eventstore';
import { testCatalogue } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { sessionStreamId } from '../src/application/session-access.ts';
import { examSession } from '../src/domain/exam-session.ts';
import type { SessionEvent } from '../src/domain/exam-session-state.ts';
import { assessmentRegistry, readingLatest } from '../src/stored-events.ts';
import { NOW } from './fixtures.ts';
import {
  at,
  eligibleBackground,
  enrolled,
  examiner,
  holderNameOf,
  newcomer,
  scheduled,
  sessionId,
  workerOf,
} from './session-fixtures.ts';

const spec = deciderSpec(examSession);
const entry = (n: number, background = eligibleBackground, overrideReason: string | null = null) => ({
  row: n + 1,
  workerId: workerOf(n),
  holderName: holderNameOf(n),
  background,
  overrideReason,
});
const catalogue = testCatalogue();
/** The catalogue's 电工 record, as the handler hands it in. */
const electrician = catalogue.occupations.get('6-31-01-03') ?? null;
const enrol = (entries: ReturnType<typeof entry>[], sheetHash: string | null = null, occupation = electrician) =>
  ({ type: 'EnrolCandidates', data: { sessionId, entries, sheetHash, at }, occupation }) as const;
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

  it('given the catalogue has no record of the session’s occupation or standard version, then STANDARD_NOT_FOUND naming the field', () => {
    spec
      .given([scheduled])
      .when(enrol([entry(1)], null, null))
      .thenThrows('STANDARD_NOT_FOUND', {
        errors: [expect.objectContaining({ field: 'occupationCode', rule: 'not_in_catalogue' })],
      });
    const without2018 = electrician && { ...electrician, standards: electrician.standards.slice(0, 1) };
    spec
      .given([scheduled])
      .when(enrol([entry(1)], null, without2018))
      .thenThrows('STANDARD_NOT_FOUND', {
        errors: [expect.objectContaining({ field: 'standardVersion', rule: 'not_in_catalogue' })],
      });
  });

  it('judges by the catalogue’s record of the standard: a deviation added there as data lets a newcomer in', () => {
    spec
      .given([scheduled])
      .when(enrol([entry(1, newcomer)]))
      .thenThrows('CANDIDATE_NOT_ELIGIBLE');
    const amended = testCatalogue({
      type: 'catalogue.StandardAmended',
      data: {
        occupationCode: '6-31-01-03',
        version: '2018',
        title: '国家职业技能标准 电工（2018年版）',
        levels: [5, 4, 3, 2, 1],
        template: 'A',
        deviations: [
          {
            kind: 'add',
            level: 'level3',
            rule: { id: 'X-level3-4', text: '试点: 1 yr', allOf: [{ kind: 'years-in-occupation', years: 1 }] },
          },
        ],
        effectiveFrom: '2018-12-01',
        reason: '试点',
      },
    });
    const [event] = spec
      .given([scheduled])
      .when(enrol([entry(1, newcomer)], null, amended.occupations.get('6-31-01-03') ?? null))
      .emitted();
    expect(event).toMatchObject({ data: { eligibility: { basis: 'rule', ruleId: 'X-level3-4' } } });
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
    // A repeated upload seals the names anew: new ciphertexts, the same file, still nothing.
    const resealed = [entry(1), entry(2)].map((e, i) => ({ ...e, holderName: holderNameOf(100 + i) }));
    spec
      .given([scheduled, enrolled(1), enrolled(2), accepted])
      .when(enrol(resealed, hash))
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

describe('a candidate enrolled under schema version 1 (docs/architecture.md "Events": upcast on read)', () => {
  it('reads back without a holder name, and the outcome carries none', async () => {
    const store = new InMemoryEventStore({ clock: () => NOW, newId: randomUUID, schemaVersions: assessmentRegistry });
    const context = { expectedRevision: 0, actor: { kind: 'user' as const, id: 'body-clerk' }, correlationId: 'c-1' };
    const { holderName: _, ...v1 } = enrolled(1).data as { holderName: unknown };
    await store.append(
      sessionStreamId(sessionId),
      [scheduled, { type: 'assessment.CandidateEnrolled', schemaVersion: 1, data: v1 }],
      context,
    );
    const { events } = await readingLatest(store).readStream(sessionStreamId(sessionId));
    expect(events[1]).toMatchObject({ schemaVersion: 2, data: { candidateId: '00001', holderName: null } });
    const [failed] = spec
      .given(events.map(({ type, data }) => ({ type, data }) as SessionEvent))
      .when({ type: 'CloseSession', data: { sessionId, at } })
      .emitted();
    expect(failed).toMatchObject({
      type: 'assessment.CandidateFailed',
      data: { candidateId: '00001', holderName: null },
    });
  });
});

describe('plausibility of the declared experience (劳动法 Art. 15, docs/domain.md §2.3: no work before 16)', () => {
  it('given a worker born in 2016 declaring 8 years, then 422 naming yearsInOccupation and the rule', () => {
    const child = { ...eligibleBackground, birthDate: '2016-03-01', yearsInOccupation: 8 };
    spec
      .given([scheduled])
      .when(enrol([entry(1, child)]))
      .thenThrows('EXPERIENCE_IMPLAUSIBLE', {
        field: 'yearsInOccupation',
        rule: 'experience_exceeds_working_age',
      });
  });

  it('given an override of eligibility, then implausible experience is still refused; in a sheet, the row is named', () => {
    const child = { ...eligibleBackground, birthDate: '2016-03-01', yearsInOccupation: 8 };
    spec
      .given([scheduled])
      .when(enrol([entry(1, child, '省厅特批')]))
      .thenThrows('EXPERIENCE_IMPLAUSIBLE');
    spec
      .given([scheduled])
      .when(enrol([entry(1), entry(2, child)], hash))
      .thenThrows('SHEET_ROWS_REJECTED', {
        problems: [
          expect.objectContaining({ row: 3, column: 'yearsInOccupation', rule: 'experience_exceeds_working_age' }),
        ],
      });
  });

  it('given exactly the years since 16 at the session date, then the worker is enrolled', () => {
    // Session on 2025-06-20: born 2003-06-20 is 22 that day, so 6 years since 16 is possible.
    const young = { ...eligibleBackground, birthDate: '2003-06-20', yearsInOccupation: 6 };
    expect(
      spec
        .given([scheduled])
        .when(enrol([entry(1, young)]))
        .emitted(),
    ).toHaveLength(1);
    const dayShort = { ...young, birthDate: '2003-06-21' };
    spec
      .given([scheduled])
      .when(enrol([entry(1, dayShort)]))
      .thenThrows('EXPERIENCE_IMPLAUSIBLE');
  });
});
