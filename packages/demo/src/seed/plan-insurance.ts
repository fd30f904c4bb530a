import { randomFor } from '@tianfu/testing';
import type { IdDocument } from '../api-types.ts';
import { dayAfter } from '../days.ts';
import type { DemoPerson } from '../people/demo-people.ts';

/** One 失业保险 period as the social-insurance registry reports it: open while insuredUntil is null. */
export interface InsurancePeriod {
  readonly document: IdDocument;
  readonly insuredSince: string;
  readonly insuredUntil: string | null;
}

/** What the registry knows of a worker, which decides how their 技能提升补贴 claims are judged. */
export type InsuranceHistory =
  /** Nothing reported: a claim goes to a person. */
  | 'none'
  /** Insured for years before 2023 and still: a claim passes. */
  | 'long'
  /** Insured only from 2024 or 2025: a claim before a year of it is refused. */
  | 'recent'
  /** A period that ended in 2022–2024, sometimes a later one: a claim outside both is refused. */
  | 'ended';

const histories: readonly (readonly [InsuranceHistory, number])[] = [
  ['none', 0.22],
  ['long', 0.62],
  ['recent', 0.08],
  ['ended', 0.08],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The registry's periods of one worker, the same on every run (the random source is keyed by the person). */
export function insurancePeriodsOf(person: DemoPerson): { history: InsuranceHistory; periods: InsurancePeriod[] } {
  const random = randomFor(`insurance:${person.document.idNumber}`);
  const history = random.weighted(histories);
  const day = (from: number, to: number) =>
    `${random.int(from, to)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
  const { document } = person;
  switch (history) {
    case 'none':
      return { history, periods: [] };
    case 'long':
      return { history, periods: [{ document, insuredSince: day(2009, 2021), insuredUntil: null }] };
    case 'recent':
      return { history, periods: [{ document, insuredSince: day(2024, 2025), insuredUntil: null }] };
    case 'ended': {
      const ended = { document, insuredSince: day(2012, 2018), insuredUntil: day(2022, 2024) };
      if (!random.chance(0.5)) return { history, periods: [ended] };
      const again = { document, insuredSince: dayAfter(ended.insuredUntil, random.int(30, 240)), insuredUntil: null };
      return { history, periods: [ended, again] };
    }
  }
}

/**
 * The 失业保险 periods the subsidy office imports for the workers the demo certified: most insured
 * for years, some only recently or no longer, and about one in five unknown to the registry.
 */
export function planInsurance(workers: readonly DemoPerson[]): InsurancePeriod[] {
  const seen = new Set<string>();
  return workers.flatMap((person) => {
    if (seen.has(person.document.idNumber)) return [];
    seen.add(person.document.idNumber);
    return insurancePeriodsOf(person).periods;
  });
}
