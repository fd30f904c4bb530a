import { skillLevel } from '@tianfu/contracts/forms';
import type { LadderAnswer, LadderStep } from './ladder-types.ts';

/** Where a step sits in the picture: x by its date, y by its rung (ordinal 0–7, docs/domain.md §1). */
export interface PlacedStep {
  readonly x: number;
  readonly y: number;
  readonly step: LadderStep;
  /** Dropped by the ladder's date (revoked, or the post ended): drawn hollow. */
  readonly dropped: boolean;
}

export interface Lane {
  readonly occupationCode: string;
  readonly name: string;
  readonly top: number;
  readonly steps: readonly PlacedStep[];
}

/** An honour or a medal: beside the ladder, not a step of it. */
export interface PlacedMark {
  readonly x: number;
  readonly kind: 'honour' | 'medal';
  readonly label: string;
  readonly date: string;
}

export interface LadderPicture {
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly Lane[];
  readonly marks: readonly PlacedMark[];
  /** The marks' row, below the lanes. */
  readonly marksTop: number;
  readonly ticks: readonly { readonly x: number; readonly year: number; readonly labelled: boolean }[];
  /** The x of the ladder's own date. */
  readonly asOfX: number;
}

export const LANE_HEIGHT = 120;
export const MARKS_HEIGHT = 40;
export const LEFT = 16;
export const RIGHT = 16;
const RUNGS = 8;

const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * The ladder as a picture: one lane per occupation, each step at its date and rung, honours and
 * medals in a row below, the years marked along the bottom. `span` is the whole period the slider
 * covers, so the axis stays put while the as-of date moves.
 */
export function layOutLadder(
  ladder: LadderAnswer,
  span: { readonly from: string; readonly to: string },
  width: number,
  medalName: (medal: string) => string,
): LadderPicture {
  const [first, last] = [dayOf(span.from), Math.max(dayOf(span.to), dayOf(span.from) + 1)];
  const x = (date: string) => LEFT + ((dayOf(date) - first) / (last - first)) * (width - LEFT - RIGHT);
  const rungY = (top: number, level: LadderStep['level']) =>
    top + LANE_HEIGHT - 16 - (skillLevel(level).ordinal / (RUNGS - 1)) * (LANE_HEIGHT - 40);
  const lanes = ladder.occupations.map((o, i): Lane => {
    const top = i * LANE_HEIGHT;
    return {
      occupationCode: o.occupationCode,
      name: o.occupationName ?? o.occupationCode,
      top,
      steps: o.steps.map((step) => ({
        x: x(step.date),
        y: rungY(top, step.level),
        step,
        dropped: step.droppedOn !== null,
      })),
    };
  });
  const marksTop = lanes.length * LANE_HEIGHT;
  const marks: PlacedMark[] = [
    ...ladder.honours.map((h) => ({ x: x(h.date), kind: 'honour' as const, label: h.name, date: h.date })),
    ...ladder.medals.map((m) => ({
      x: x(m.date),
      kind: 'medal' as const,
      label: `${m.competitionName ?? m.competitionId} ${medalName(m.medal)}`,
      date: m.date,
    })),
  ];
  // A year's label needs some 40 px: on a narrow screen only every second, fifth … year is named.
  const yearWidth = ((width - LEFT - RIGHT) * 365.25) / (last - first);
  const every = [1, 2, 5, 10].find((n) => n * yearWidth >= 40) ?? 20;
  const ticks = [];
  for (let year = Number(span.from.slice(0, 4)) + 1; year <= Number(span.to.slice(0, 4)); year++)
    ticks.push({ x: x(`${year}-01-01`), year, labelled: year % every === 0 });
  return { width, height: marksTop + MARKS_HEIGHT + 24, lanes, marks, marksTop, ticks, asOfX: x(ladder.asOf) };
}
