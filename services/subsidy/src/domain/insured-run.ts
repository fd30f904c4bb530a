import type { InsuranceStanding } from '@tianfu/contracts';
import type { ReportedPeriod } from './insurance.ts';

const DAY_MS = 86_400_000;
const dayAfter = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

interface Run {
  since: string;
  until: string | null;
}

/** Periods that overlap or follow one another without a day between are one run. */
function runsOf(periods: readonly ReportedPeriod[]): Run[] {
  const sorted = [...periods].sort((a, b) => (a.insuredSince < b.insuredSince ? -1 : 1));
  const runs: Run[] = [];
  for (const { insuredSince, insuredUntil } of sorted) {
    const last = runs.at(-1);
    if (last !== undefined && (last.until === null || insuredSince <= dayAfter(last.until))) {
      last.until =
        last.until === null || insuredUntil === null ? null : ([last.until, insuredUntil].sort().at(-1) ?? null);
    } else {
      runs.push({ since: insuredSince, until: insuredUntil });
    }
  }
  return runs;
}

/** The worker's standing on `day` (YYYY-MM-DD) by the periods held. */
/**
 * Where a worker's 失业保险 stands on a day, as the platform holds it (docs/domain.md §7.9, 技能提升补贴
 * "insured ≥ 1 year"): insured since the start of the unbroken run of periods covering the day; not
 * insured that day though periods are held; or unknown, when the registry reported nothing for them —
 * a claim that needs it then goes to a person.
 */
export function insuranceOn(periods: readonly ReportedPeriod[], day: string): InsuranceStanding {
  if (periods.length === 0) return { status: 'unknown' };
  const runs = runsOf(periods);
  const covering = runs.find((r) => r.since <= day && (r.until === null || day <= r.until));
  if (covering !== undefined) return { status: 'insured', since: covering.since, until: covering.until };
  const ended = runs.flatMap((r) => (r.until !== null && r.until < day ? [r.until] : []));
  return { status: 'not-insured', lastInsuredUntil: ended.at(-1) ?? null };
}
