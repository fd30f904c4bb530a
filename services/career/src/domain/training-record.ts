import { type ApprenticeshipEntry, apprenticeshipEntries } from './apprenticeship-record.ts';
import type { CareerFact } from './career-facts.ts';
import type { TrainingEnrolmentFact, TrainingOutcomeFact } from './training-facts.ts';
import type { ClassReference, ProviderReference } from './training-references.ts';

/** Where a class stands for the trainee: not ended yet, or ended completed or not (docs/domain.md §7.5). */
export type TrainingResult = 'in-progress' | 'completed' | 'not-completed';

/** One class in a worker's record, with what is known of it and its provider when the record is read. */
export interface ClassEntry {
  readonly entry: 'class';
  readonly classId: string;
  readonly enrolmentId: string;
  readonly enrolledOn: string;
  readonly providerId: string;
  /** Null while the class or its provider has not reached career (another partition, not yet read). */
  readonly class: ClassReference | null;
  readonly provider: ProviderReference | null;
  readonly result: TrainingResult;
  /** From the completion; null before it. */
  readonly attendedHours: number | null;
  readonly completedOn: string | null;
  /** The provider's 培训合格证书 number for a completer. */
  readonly certificateNo: string | null;
}

/**
 * The lifelong training record (终身职业技能培训电子档案): the classes (`entries`, as the record first
 * answered) and the apprenticeships (企业新型学徒制, §7.6), each newest first and naming what it is.
 */
export interface TrainingRecord {
  readonly workerId: string;
  readonly entries: readonly ClassEntry[];
  readonly apprenticeships: readonly ApprenticeshipEntry[];
}

export interface TrainingLookups {
  readonly classOf: (classId: string) => ClassReference | undefined;
  readonly providerOf: (providerId: string) => ProviderReference | undefined;
}

const key = (f: { classId: string; enrolmentId: string }) => `${f.classId}/${f.enrolmentId}`;

/** The worker's record from their facts; each enrolment once, whatever order its facts came in. */
export function trainingRecord(
  workerId: string,
  facts: readonly CareerFact[],
  lookups: TrainingLookups,
): TrainingRecord {
  const enrolments = new Map<string, TrainingEnrolmentFact>();
  const outcomes = new Map<string, TrainingOutcomeFact>();
  for (const f of facts) {
    if (f.kind === 'training-enrolment' && !enrolments.has(key(f))) enrolments.set(key(f), f);
    if (f.kind === 'training-outcome' && !outcomes.has(key(f))) outcomes.set(key(f), f);
  }
  const entries = [...enrolments.values()].map((e): ClassEntry => {
    const outcome = outcomes.get(key(e));
    return {
      entry: 'class',
      classId: e.classId,
      enrolmentId: e.enrolmentId,
      enrolledOn: e.date,
      providerId: e.providerId,
      class: lookups.classOf(e.classId) ?? null,
      provider: lookups.providerOf(e.providerId) ?? null,
      result: outcome === undefined ? 'in-progress' : outcome.completed ? 'completed' : 'not-completed',
      attendedHours: outcome?.attendedHours ?? null,
      completedOn: outcome?.date ?? null,
      certificateNo: outcome?.certificateNo ?? null,
    };
  });
  entries.sort((a, b) => b.enrolledOn.localeCompare(a.enrolledOn) || a.classId.localeCompare(b.classId));
  return { workerId, entries, apprenticeships: apprenticeshipEntries(facts, lookups.providerOf) };
}
