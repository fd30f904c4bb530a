import { foldEvents } from '@tianfu/decider';
import type { Principal } from '@tianfu/service-kit';
import { describe, expect, it } from 'vitest';
import { listedBody } from '../src/application/session-access.ts';
import { decodeSessionCursor, encodeSessionCursor } from '../src/application/session-cursor.ts';
import { sessionSummary } from '../src/application/session-summary.ts';
import { examSession } from '../src/domain/exam-session.ts';
import type { SessionEvent } from '../src/domain/exam-session-state.ts';
import { at, enrolled, scheduled, sessionId } from './session-fixtures.ts';

const outcome = (type: 'assessment.CandidatePassed' | 'assessment.CandidateFailed', n: number) =>
  ({ type, data: { sessionId, candidateId: String(n).padStart(5, '0') } }) as unknown as SessionEvent;

describe('a session as its list shows it (session-summary.ts)', () => {
  it('given three enrolled, one passed and one failed, when summarised, then it counts each outcome and the rest pending', () => {
    const events = [
      scheduled,
      enrolled(1),
      enrolled(2),
      enrolled(3),
      outcome('assessment.CandidatePassed', 1),
      outcome('assessment.CandidateFailed', 2),
    ];
    const session = foldEvents(examSession, events) ?? expect.fail('no session');
    expect(sessionSummary(session, 6)).toEqual({
      sessionId,
      bodyId: 'chengdu-tech',
      bodyName: '四川省某技师学院',
      occupationCode: '6-31-01-03',
      standardVersion: '2018',
      workType: '--',
      level: 'level3',
      date: '2025-06-20',
      venue: '成都市武侯区某实训基地',
      status: 'scheduled',
      closedAt: null,
      candidates: { enrolled: 3, passed: 1, failed: 1, pending: 1 },
      revision: 6,
    });
  });

  it('given a closed session, when summarised, then it is closed with the time', () => {
    const closed: SessionEvent = { type: 'assessment.SessionClosed', data: { sessionId, closedAt: at } };
    const session = foldEvents(examSession, [scheduled, closed]) ?? expect.fail('no session');
    expect(sessionSummary(session, 2)).toMatchObject({ status: 'closed', closedAt: at });
  });
});

describe('the cursor of a session page (session-cursor.ts)', () => {
  it('gives back the position it was made from', () => {
    const position = { date: '2025-06-20', sessionId: 'cd-2025-elec-3' };
    expect(decodeSessionCursor(encodeSessionCursor(position))).toEqual(position);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['JSON of another shape', Buffer.from('{"date":"2025-06-20"}').toString('base64url')],
    ['a pair of non-strings', Buffer.from('[1,2]').toString('base64url')],
  ])('refuses %s (null)', (_what, cursor) => {
    expect(decodeSessionCursor(cursor)).toBeNull();
  });
});

describe('whose sessions a list shows (listedBody)', () => {
  const authority = { sub: 'authority-1', role: 'admin' } as Principal;
  const clerk = { sub: 'clerk', role: 'assessment-body', bodyId: 'chengdu-tech' } as Principal;

  it('the authority lists any body it names, or every body', () => {
    expect(listedBody(authority, 'mianyang-tech')).toBe('mianyang-tech');
    expect(listedBody(authority, undefined)).toBeUndefined();
  });

  it("a body token lists its own body, named or not, and never another's (403 naming bodyId)", () => {
    expect(listedBody(clerk, undefined)).toBe('chengdu-tech');
    expect(listedBody(clerk, 'chengdu-tech')).toBe('chengdu-tech');
    expect(() => listedBody(clerk, 'mianyang-tech')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', status: 403, extra: { field: 'bodyId' } }),
    );
  });
});
