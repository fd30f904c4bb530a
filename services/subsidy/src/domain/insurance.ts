import type { InsurancePeriodRecordedData, NewEvent } from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';

/** A period of 失业保险 as the registry reported it: insuredUntil null while it lasts. */
export interface ReportedPeriod {
  readonly insuredSince: string;
  readonly insuredUntil: string | null;
}

/** Each report the platform holds for one worker, in the order recorded (docs/domain.md §7.9, 技能提升补贴). */
export interface InsuranceRecord {
  readonly workerId: string;
  readonly reports: readonly InsurancePeriodRecordedData[];
}
export type InsuranceState = InsuranceRecord | null;

export type InsuranceEvent = DomainEvent<'subsidy.InsurancePeriodRecorded', InsurancePeriodRecordedData>;

type Emitted = NewEvent<InsuranceEvent['type'], InsuranceEvent['data']>;

export interface RecordInsurance {
  readonly type: 'RecordInsurance';
  readonly data: {
    readonly workerId: string;
    readonly periods: readonly ReportedPeriod[];
    readonly importId: string;
    readonly at: string;
  };
}

/**
 * The periods as the platform holds them, known by `knownAt` (an instant; all when absent): for each
 * insuredSince the latest report of it, by insuredSince.
 */
export function heldPeriods(reports: readonly InsurancePeriodRecordedData[], knownAt?: string): ReportedPeriod[] {
  const latest = new Map<string, ReportedPeriod>();
  for (const { insuredSince, insuredUntil, recordedAt } of reports) {
    if (knownAt === undefined || recordedAt <= knownAt) latest.set(insuredSince, { insuredSince, insuredUntil });
  }
  return [...latest.values()].sort((a, b) => (a.insuredSince < b.insuredSince ? -1 : 1));
}

/**
 * Records each period the platform does not already hold as reported: the same period again (a
 * sheet imported twice) records nothing; a new end for a held insuredSince replaces it.
 */
function decide({ data }: RecordInsurance, state: InsuranceState): readonly Emitted[] {
  const held = new Map(heldPeriods(state?.reports ?? []).map((p) => [p.insuredSince, p.insuredUntil]));
  const { workerId, importId, at } = data;
  return data.periods
    .filter((p) => !held.has(p.insuredSince) || held.get(p.insuredSince) !== p.insuredUntil)
    .map(
      (p): Emitted => ({
        type: 'subsidy.InsurancePeriodRecorded',
        data: { workerId, ...p, importId, recordedAt: at },
        workerId,
        occurredAt: at,
      }),
    );
}

function evolve(state: InsuranceState, { data }: InsuranceEvent): InsuranceState {
  return { workerId: data.workerId, reports: [...(state?.reports ?? []), data] };
}

export const insurance: Decider<RecordInsurance, InsuranceState, InsuranceEvent> = {
  initialState: () => null,
  decide,
  evolve,
};
