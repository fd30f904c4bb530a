import { describe, expect, it } from 'vitest';
import { LANE_HEIGHT, LEFT, layOutLadder, RIGHT } from './ladder-layout.ts';
import { ladderSpan } from './ladder-span.ts';
import type { LadderAnswer, LadderStep } from './ladder-types.ts';

const step = (level: LadderStep['level'], date: string, droppedOn: string | null = null): LadderStep => {
  const source = { basis: 'exam' as const, reference: `s-${date}`, certificateNo: null, date, droppedOn };
  return { ...source, level, label: level, sources: [source] };
};

const ladder = (asOf: string): LadderAnswer => ({
  workerId: 'w'.repeat(64),
  asOf,
  occupations: [
    {
      occupationCode: '6-31-01-03',
      occupationName: '电工',
      steps: [step('level4', '2021-01-01'), step('level3', '2023-01-01', '2024-01-01')],
      current: 'level4',
      next: null,
    },
    {
      occupationCode: '6-18-02-04',
      occupationName: null,
      steps: [step('level5', '2022-01-01')],
      current: 'level5',
      next: null,
    },
  ],
  highest: { level: 'level4', occupationCode: '6-31-01-03' },
  highSkill: false,
  honours: [{ honour: 'national-technical-expert', name: '全国技术能手', round: '2023', date: '2023-06-01' }],
  appointments: [],
  medals: [
    {
      competitionId: 'c-1',
      contestEventId: 'e-1',
      medal: 'gold',
      rank: 1,
      date: '2022-11-01',
      competitionName: '四川技能大赛',
    },
  ],
  maskedName: '张*',
});

const span = { from: '2021-01-01', to: '2025-01-01' };
const picture = layOutLadder(ladder('2025-01-01'), span, 800, (m) => (m === 'gold' ? '金牌' : m));

describe('the ladder as a picture', () => {
  it('given steps on a span, when laid out, then each sits at its date along the axis, the span filling the width', () => {
    const [electrician, welder] = picture.lanes;
    expect(electrician?.steps[0]?.x).toBe(LEFT);
    expect(picture.asOfX).toBe(800 - RIGHT);
    expect(welder?.steps[0]?.x).toBeGreaterThan(LEFT);
    expect(welder?.steps[0]?.x).toBeLessThan(electrician?.steps[1]?.x ?? 0);
    expect(picture.ticks.map((t) => t.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(picture.ticks.every((t) => t.labelled)).toBe(true);
  });

  it('given a long record on a phone, then every year keeps its line but only some are named, so labels never overlap', () => {
    const narrow = layOutLadder(ladder('2026-01-01'), { from: '2006-01-01', to: '2026-01-01' }, 343, String);
    const named = narrow.ticks.filter((t) => t.labelled);
    expect(narrow.ticks).toHaveLength(20);
    expect(named.map((t) => t.year)).toEqual([2010, 2015, 2020, 2025]);
  });

  it('given two occupations, then one lane each, a higher rung drawn higher, a dropped step marked, an unnamed occupation by its code', () => {
    const [electrician, welder] = picture.lanes;
    expect(picture.lanes.map((l) => [l.name, l.top])).toEqual([
      ['电工', 0],
      ['6-18-02-04', LANE_HEIGHT],
    ]);
    const [four, three] = electrician?.steps ?? [];
    expect(three?.y).toBeLessThan(four?.y ?? 0);
    expect([four?.dropped, three?.dropped]).toEqual([false, true]);
    expect(welder?.steps[0]?.y).toBeGreaterThan(LANE_HEIGHT);
  });

  it('given honours and medals, then they sit in a row below the lanes, named', () => {
    expect(picture.marksTop).toBe(2 * LANE_HEIGHT);
    expect(picture.marks.map((m) => [m.kind, m.label])).toEqual([
      ['honour', '全国技术能手'],
      ['medal', '四川技能大赛 金牌'],
    ]);
  });
});

describe('the period the as-of slider covers', () => {
  it('given a ladder, then from its first recorded date to its own date', () => {
    expect(ladderSpan(ladder('2025-01-01'))).toEqual({ from: '2021-01-01', to: '2025-01-01' });
  });

  it('given nothing recorded before the ladder’s date, then the year before it', () => {
    const empty = { ...ladder('2025-03-01'), occupations: [], honours: [], medals: [] };
    expect(ladderSpan(empty)).toEqual({ from: '2024-03-01', to: '2025-03-01' });
  });
});
