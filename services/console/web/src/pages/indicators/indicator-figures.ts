import type { ResponseBody } from '@tianfu/api-client';
import { sichuanRegions } from '@tianfu/contracts/forms';

export type Indicators = ResponseBody<'career', '/v1/indicators', 'get'>;
export type Measure = Indicators['targets'][number]['measure'];
/** A year of the answer, or the whole period asked for. */
export type YearChoice = string | 'all';

export interface YearPoint {
  readonly year: string;
  readonly value: number;
  /** Counted from the start of the period to the end of this year. */
  readonly cumulative: number;
}

/** The plan period's years, and any other year the answer counted in. */
export function yearsOf(answer: Indicators): string[] {
  const years = new Set(answer.byYear.map((row) => row.year));
  const last = Number(answer.plan.period.to.slice(0, 4));
  for (let year = Number(answer.plan.period.from.slice(0, 4)); year <= last; year += 1) years.add(String(year));
  return [...years].sort();
}

/** The measure's count in each year (zero where nothing was counted), and the running total. */
export function yearSeries(answer: Indicators, measure: Measure): YearPoint[] {
  let cumulative = 0;
  return yearsOf(answer).map((year) => {
    const value = answer.byYear.find((row) => row.year === year)?.[measure] ?? 0;
    cumulative += value;
    return { year, value, cumulative };
  });
}

export interface RegionValue {
  readonly code: string;
  readonly name: string;
  readonly value: number;
}

/**
 * The measure in every one of the 21 市(州) for the chosen year (or the whole period), zero where
 * nothing was counted, then facts whose 市(州) is not known, if any: the map's and the table's numbers.
 */
export function regionValues(answer: Indicators, measure: Measure, year: YearChoice): RegionValue[] {
  const rows = year === 'all' ? answer.byRegion : answer.byYearAndRegion.filter((row) => row.year === year);
  const countIn = (code: string) => rows.find((row) => row.regionCode === code)?.[measure] ?? 0;
  const known: RegionValue[] = sichuanRegions.map((region) => ({
    code: region.code,
    name: region.name,
    value: countIn(region.code),
  }));
  const unknown = countIn('unknown');
  return unknown > 0 ? [...known, { code: 'unknown', name: '', value: unknown }] : known;
}

/** The share of the target reached, in per cent to one decimal. */
export const percentOfTarget = (value: number, target: number): number =>
  target > 0 ? Math.round((value / target) * 1000) / 10 : 0;
