import type { TerminationReasonCode } from '@tianfu/contracts';
import type { CertifiedLevel } from '@tianfu/skill-rules';
import type { CareerFact } from './career-facts.ts';
import type { ApprenticeshipAgreedFact } from './training-facts.ts';
import type { ProviderReference } from './training-references.ts';

/** A 企业新型学徒制 apprenticeship in a worker's record (docs/domain.md §7.6, §7.7). */
export interface ApprenticeshipEntry {
  readonly entry: 'apprenticeship';
  readonly apprenticeshipId: string;
  readonly employer: { readonly name: string; readonly regionCode: string };
  readonly providerId: string;
  /** Null while the provider's registration has not reached career. */
  readonly provider: ProviderReference | null;
  readonly occupationCode: string;
  readonly targetLevel: CertifiedLevel;
  readonly startsOn: string;
  readonly plannedEndOn: string;
  readonly status: 'active' | 'completed' | 'terminated';
  /** The day it completed or was terminated; null while active. */
  readonly endedOn: string | null;
  /** The kind of reason a termination gave; null otherwise. */
  readonly endReasonCode: TerminationReasonCode | null;
  /** Each dated step of progress once, oldest first, and the hours they add up to. */
  readonly progress: readonly { readonly on: string; readonly hours: number }[];
  readonly trainedHours: number;
}

type Ending = Pick<ApprenticeshipEntry, 'status' | 'endedOn' | 'endReasonCode'>;

/** Completed or terminated, by whichever fact says so: training allows only one, so there is at most one. */
function endingOf(facts: readonly CareerFact[], apprenticeshipId: string): Ending {
  for (const f of facts) {
    if (f.kind === 'apprenticeship' && f.apprenticeshipId === apprenticeshipId)
      return { status: 'completed', endedOn: f.date, endReasonCode: null };
    if (f.kind === 'apprenticeship-terminated' && f.apprenticeshipId === apprenticeshipId)
      return { status: 'terminated', endedOn: f.date, endReasonCode: f.reasonCode };
  }
  return { status: 'active', endedOn: null, endReasonCode: null };
}

function progressOf(facts: readonly CareerFact[], apprenticeshipId: string) {
  const steps = new Map<string, { on: string; hours: number }>();
  for (const f of facts) {
    if (f.kind === 'apprenticeship-progress' && f.apprenticeshipId === apprenticeshipId && !steps.has(f.progressId))
      steps.set(f.progressId, { on: f.date, hours: f.hours });
  }
  return [...steps.values()].sort((a, b) => a.on.localeCompare(b.on));
}

/**
 * The worker's apprenticeships from their facts, newest first: each agreement once, whatever order
 * its facts came in and however often they were delivered.
 */
export function apprenticeshipEntries(
  facts: readonly CareerFact[],
  providerOf: (providerId: string) => ProviderReference | undefined,
): ApprenticeshipEntry[] {
  const agreed = new Map<string, ApprenticeshipAgreedFact>();
  for (const f of facts) {
    if (f.kind === 'apprenticeship-agreed' && !agreed.has(f.apprenticeshipId)) agreed.set(f.apprenticeshipId, f);
  }
  const entries = [...agreed.values()].map((a): ApprenticeshipEntry => {
    const progress = progressOf(facts, a.apprenticeshipId);
    return {
      entry: 'apprenticeship',
      apprenticeshipId: a.apprenticeshipId,
      employer: { name: a.employerName, regionCode: a.employerRegionCode },
      providerId: a.providerId,
      provider: providerOf(a.providerId) ?? null,
      occupationCode: a.occupationCode,
      targetLevel: a.targetLevel,
      startsOn: a.date,
      plannedEndOn: a.plannedEndOn,
      ...endingOf(facts, a.apprenticeshipId),
      progress,
      trainedHours: progress.reduce((sum, p) => sum + p.hours, 0),
    };
  });
  return entries.sort(
    (x, y) => y.startsOn.localeCompare(x.startsOn) || x.apprenticeshipId.localeCompare(y.apprenticeshipId),
  );
}
