import { describe, expect, it } from 'vitest';
import { type CommandRecord, chainCounts, clean, commandCounts, type StoredEvent } from '../src/tally.ts';

const enrolled = (sessionId: string, n: number): StoredEvent => ({
  eventId: `${sessionId}-${n}`,
  type: 'assessment.CandidateEnrolled',
  data: { sessionId, workerId: `w${n}` },
});
const sheet = (sessionId: string, acknowledged: boolean, count = 2): CommandRecord => ({
  label: `enrol ${sessionId}`,
  store: 'assessment',
  attempts: 1,
  acknowledged,
  expects: [{ type: 'assessment.CandidateEnrolled', where: { sessionId }, count }],
});
const stores = (assessment: StoredEvent[]) => ({
  assessment,
  certification: [],
  competition: [],
  'talent-registry': [],
});

describe('commandCounts', () => {
  it('given every acknowledged command stored exactly, when counted, then all are found', () => {
    const events = stores([enrolled('s1', 1), enrolled('s1', 2), enrolled('s2', 1), enrolled('s2', 2)]);
    const counts = commandCounts([sheet('s1', true), sheet('s2', true)], events);
    expect(counts).toEqual({ sent: 2, acknowledged: 2, found: 2, lost: 0, duplicated: 0 });
    expect(clean(counts)).toBe(true);
  });

  it('given an acknowledged command whose events are missing, when counted, then it is lost', () => {
    const counts = commandCounts([sheet('s1', true)], stores([enrolled('s1', 1)]));
    expect(counts).toMatchObject({ acknowledged: 1, found: 0, lost: 1, duplicated: 0 });
    expect(clean(counts)).toBe(false);
  });

  it('given a command stored twice, when counted, then it is duplicated, acknowledged or not', () => {
    const twice = stores([1, 2, 1, 2].map((n) => enrolled('s1', n)));
    expect(commandCounts([sheet('s1', true)], twice)).toMatchObject({ found: 0, lost: 0, duplicated: 1 });
    expect(commandCounts([sheet('s1', false)], twice)).toMatchObject({ acknowledged: 0, duplicated: 1 });
  });

  it('given an unanswered command that did not apply, when counted, then it is neither found nor lost', () => {
    expect(commandCounts([sheet('s1', false)], stores([]))).toEqual({
      sent: 1,
      acknowledged: 0,
      found: 0,
      lost: 0,
      duplicated: 0,
    });
  });

  it('given events of the same type elsewhere, when counted, then only those matching every field count', () => {
    const counts = commandCounts([sheet('s1', true, 1)], stores([enrolled('s1', 1), enrolled('s2', 1)]));
    expect(counts).toMatchObject({ found: 1, duplicated: 0 });
  });
});

describe('chainCounts', () => {
  it('given passes and their certificates, when counted, then each has exactly one, none or several', () => {
    const counts = chainCounts(['p1', 'p2', 'p3', 'p4'], ['p1', 'p3', 'p3', 'p4', 'x9']);
    expect(counts).toEqual({ sent: 4, acknowledged: 4, found: 2, lost: 1, duplicated: 1 });
  });
});
