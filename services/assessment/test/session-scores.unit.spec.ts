import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { examSession } from '../src/domain/exam-session.ts';
import type { SessionEvent } from '../src/domain/exam-session-state.ts';
import type { ScoreEntry } from '../src/domain/record-scores.ts';
import { at, body, enrolled, holderNameOf, scheduled, scored, sessionId, workerOf } from './session-fixtures.ts';

const spec = deciderSpec(examSession);
type Part = 'theory' | 'practical' | 'review';
const score = (n: number, part: Part, value: number, reason: string | null = null): ScoreEntry => ({
  row: 2,
  candidate: { candidateId: String(n).padStart(5, '0') },
  part,
  score: value,
  reason,
});
const record = (entries: ScoreEntry[], byAuthority = false, sheetHash: string | null = null) =>
  ({ type: 'RecordScores', data: { sessionId, entries, sheetHash, byAuthority, at } }) as const;
const closed: SessionEvent = { type: 'assessment.SessionClosed', data: { sessionId, closedAt: at } };
const types = (events: readonly unknown[]) => events.map((e) => (e as { type: string }).type);
const passedOne = {
  type: 'assessment.CandidatePassed',
  data: {
    sessionId,
    candidateId: '00001',
    workerId: workerOf(1),
    holderName: holderNameOf(1),
    bodyId: body.bodyId,
    filingNo: body.filingNo,
    bodyName: body.name,
    occupationCode: '6-31-01-03',
    workType: '--',
    level: 'level3',
    sessionDate: '2025-06-20',
    scores: { theory: 70, practical: 60 },
    decidedAt: at,
    supersedes: false,
  },
} as const;

describe('part scores and the pass rule (docs/domain.md §2.2: every required part ≥ 60)', () => {
  it('records a part; no outcome while a required part is missing', () => {
    const events = spec
      .given([scheduled, enrolled(1)])
      .when(record([score(1, 'theory', 70)]))
      .emitted();
    expect(types(events)).toEqual(['assessment.PartScoreRecorded']);
  });

  it('passes when the last required part arrives and all are ≥ 60, keyed by the worker, with what a certificate needs', () => {
    spec
      .given([scheduled, enrolled(1), scored(1, 'theory', 70)])
      .when(record([score(1, 'practical', 60)]))
      .thenEmits([
        { ...scored(1, 'practical', 60), workerId: workerOf(1), occurredAt: at },
        { ...passedOne, workerId: workerOf(1), occurredAt: at },
      ]);
  });

  it('fails on any part below 60, naming it (59.9 is below)', () => {
    const events = spec
      .given([scheduled, enrolled(1), scored(1, 'theory', 95)])
      .when(record([score(1, 'practical', 59.9)]))
      .emitted();
    expect(events[1]).toMatchObject({
      type: 'assessment.CandidateFailed',
      data: { failedParts: ['practical'], missingParts: [] },
    });
  });

  it('综合评审 is not a part of a 三级 assessment (§2.2)', () => {
    spec
      .given([scheduled, enrolled(1)])
      .when(record([score(1, 'review', 80)]))
      .thenThrows('PART_NOT_ASSESSED');
  });

  it('the same mark again changes nothing (a retried request applies once)', () => {
    spec
      .given([scheduled, enrolled(1), scored(1, 'theory', 70)])
      .when(record([score(1, 'theory', 70)]))
      .thenEmits([]);
  });

  it('refuses an unknown candidate', () => {
    spec
      .given([scheduled])
      .when(record([score(7, 'theory', 70)]))
      .thenThrows('CANDIDATE_NOT_FOUND');
  });

  it('a sheet may name candidates by worker', () => {
    const entry = { ...score(1, 'theory', 70), candidate: { workerId: workerOf(1) } };
    expect(
      types(
        spec
          .given([scheduled, enrolled(1)])
          .when(record([entry]))
          .emitted(),
      ),
    ).toEqual(['assessment.PartScoreRecorded']);
  });
});

describe('corrections (audit trail) and closing', () => {
  const failed = [scheduled, enrolled(1), scored(1, 'theory', 70), scored(1, 'practical', 50)];
  const failedOutcome: SessionEvent = {
    type: 'assessment.CandidateFailed',
    data: { ...passedOne.data, scores: { theory: 70, practical: 50 }, failedParts: ['practical'], missingParts: [] },
  };

  it('a changed mark needs a reason', () => {
    spec
      .given(failed)
      .when(record([score(1, 'practical', 65)]))
      .thenThrows('CORRECTION_NEEDS_REASON');
  });

  it('a correction with a reason is recorded with the previous mark, and a flipped outcome supersedes the old one', () => {
    const events = spec
      .given([...failed, failedOutcome])
      .when(record([score(1, 'practical', 65, '复核: 评分表加总错误')]))
      .emitted();
    expect(events).toMatchObject([
      {
        type: 'assessment.PartScoreCorrected',
        data: { previousScore: 50, score: 65, reason: '复核: 评分表加总错误', byAuthority: false },
      },
      { type: 'assessment.CandidatePassed', data: { supersedes: true, scores: { theory: 70, practical: 65 } } },
    ]);
  });

  it('after close only the authority may correct', () => {
    const given = [...failed, failedOutcome, closed];
    spec
      .given(given)
      .when(record([score(1, 'practical', 65, '复核')]))
      .thenThrows('CLOSED_SESSION_AUTHORITY_ONLY');
    expect(
      types(
        spec
          .given(given)
          .when(record([score(1, 'practical', 65, '复核')], true))
          .emitted(),
      ),
    ).toEqual(['assessment.PartScoreCorrected', 'assessment.CandidatePassed']);
  });

  it('after close no new marks are recorded', () => {
    spec
      .given([scheduled, enrolled(1), closed])
      .when(record([score(1, 'theory', 70)], true))
      .thenThrows('SESSION_CLOSED');
  });

  it('closing fails every undecided candidate with the missing parts named, then closes (results final)', () => {
    const events = spec
      .given([scheduled, enrolled(1), enrolled(2), scored(1, 'theory', 80)])
      .when({ type: 'CloseSession', data: { sessionId, at } })
      .emitted();
    expect(events).toMatchObject([
      {
        type: 'assessment.CandidateFailed',
        data: { candidateId: '00001', holderName: holderNameOf(1), missingParts: ['practical'] },
      },
      {
        type: 'assessment.CandidateFailed',
        data: { candidateId: '00002', holderName: holderNameOf(2), missingParts: ['theory', 'practical'] },
      },
      { type: 'assessment.SessionClosed' },
    ]);
    spec
      .given([scheduled, closed])
      .when({ type: 'CloseSession', data: { sessionId, at } })
      .thenThrows('SESSION_CLOSED');
  });

  it('a score sheet lists every bad row and applies nothing', () => {
    spec
      .given([scheduled, enrolled(1)])
      .when(
        record(
          [score(1, 'theory', 70), { ...score(1, 'review', 70), row: 3 }, { ...score(9, 'theory', 70), row: 4 }],
          false,
          'cd'.repeat(32),
        ),
      )
      .thenThrows('SHEET_ROWS_REJECTED', {
        problems: [
          expect.objectContaining({ row: 3, rule: 'part_not_assessed' }),
          expect.objectContaining({ row: 4, rule: 'candidate_not_enrolled' }),
        ],
      });
  });
});
