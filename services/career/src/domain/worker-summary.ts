import { type HonourCode, type Medal, type SealedName, type SkillLevelKey, skillLevel } from '@tianfu/contracts';
import type { ApprenticeshipFact, CareerFact, CertificateFact } from './career-facts.ts';
import { deriveLadder, type Ladder } from './ladder.ts';
import type { TrainingEnrolmentFact } from './training-facts.ts';

/** A certificate that counts (not revoked), as the talent pool and the plan indicators need it. */
export interface CountedCertificate {
  readonly date: string;
  readonly level: SkillLevelKey;
  readonly occupationCode: string;
  readonly bodyId: string;
}

/** A class the worker completed, and the day; the class itself is joined when read. */
export interface CompletedTraining {
  readonly classId: string;
  readonly completedOn: string;
}

/**
 * What the talent pool searches and the indicators count, per worker (docs/architecture.md "Career
 * projection"): a cache of the ladder, recomputed from the facts. Region and industry are not in
 * it: they are joined when read (the body's 市(州), the occupation's industry), so a body
 * registered after its certificates arrived still places them.
 */
export interface WorkerSummary {
  readonly workerId: string;
  readonly holderName: SealedName | null;
  readonly highest: SkillLevelKey | null;
  readonly highSkill: boolean;
  readonly occupations: readonly {
    readonly occupationCode: string;
    readonly current: SkillLevelKey;
    readonly since: string;
  }[];
  readonly certificates: readonly CountedCertificate[];
  readonly honours: readonly HonourCode[];
  readonly medals: readonly Medal[];
  /** The classes completed (docs/domain.md §7.5): the talent pool's training filter and the training counts. */
  readonly trainings: readonly CompletedTraining[];
  /** How many facts it was computed from: a recompute that saw fewer than are stored runs again. */
  readonly factCount: number;
  readonly computedOn: string;
  /**
   * The first day after `computedOn` on which the same facts give another summary (a held
   * appointment's term lapses, a fact dated later takes effect), or null: the day to recompute it.
   */
  readonly changesOn: string | null;
}

const dayAfter = (date: string): string => new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);

/** See `WorkerSummary.changesOn`. */
function changesOn(facts: readonly CareerFact[], ladder: Ladder, asOf: string): string | null {
  const days = [
    // A fact counts from the first day its date is not after (a timestamp: the day after its own).
    ...facts.flatMap((f) => (f.date <= asOf ? [] : [f.date.length > 10 ? dayAfter(f.date.slice(0, 10)) : f.date])),
    ...ladder.appointments.flatMap((a) => (a.termEnd === null ? [] : [dayAfter(a.termEnd)])),
  ].sort();
  return days[0] ?? null;
}

/** The latest name a certificate, a completed apprenticeship or an enrolment carries. */
const latestName = (
  named: readonly (CertificateFact | ApprenticeshipFact | TrainingEnrolmentFact)[],
): SealedName | null =>
  [...named]
    .sort((a, b) => b.date.localeCompare(a.date) || b.factId.localeCompare(a.factId))
    .find((c) => c.holderName !== null)?.holderName ?? null;

// One outcome per class: a redelivered completion is the same fact under the same class.
const completedTrainings = (facts: readonly CareerFact[]): CompletedTraining[] => [
  ...new Map(
    facts.flatMap((f) =>
      f.kind === 'training-outcome' && f.completed ? [[f.classId, { classId: f.classId, completedOn: f.date }]] : [],
    ) as [string, CompletedTraining][],
  ).values(),
];

export function summariseWorker(workerId: string, facts: readonly CareerFact[], asOf: string): WorkerSummary {
  const ladder = deriveLadder(workerId, facts, asOf);
  const issued = facts.filter((f): f is CertificateFact => f.kind === 'certificate');
  const countedNos = new Set(
    ladder.occupations.flatMap((o) =>
      o.steps.flatMap((s) => s.sources.filter((c) => c.droppedOn === null).map((c) => c.certificateNo)),
    ),
  );
  const certificates = issued
    .filter((c) => c.date <= asOf && countedNos.has(c.certificateNo))
    .map(({ date, level, occupationCode, bodyId }) => ({ date, level, occupationCode, bodyId }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.occupationCode.localeCompare(b.occupationCode));
  return {
    workerId,
    holderName: latestName([
      ...issued,
      ...facts.filter(
        (f): f is ApprenticeshipFact | TrainingEnrolmentFact =>
          f.kind === 'apprenticeship' || f.kind === 'training-enrolment',
      ),
    ]),
    highest: ladder.highest?.level ?? null,
    highSkill: ladder.highSkill,
    occupations: ladder.occupations.flatMap((o) => {
      if (o.current === null) return [];
      const since = o.steps.find((s) => s.level === o.current && s.droppedOn === null)?.date ?? asOf;
      return [{ occupationCode: o.occupationCode, current: o.current, since }];
    }),
    certificates,
    honours: [...new Set(ladder.honours.map((h) => h.honour))],
    medals: [...new Set(ladder.medals.map((m) => m.medal))],
    trainings: completedTrainings(facts),
    factCount: new Set(facts.map((f) => f.factId)).size,
    computedOn: asOf,
    changesOn: changesOn(facts, ladder, asOf),
  };
}

/** The first day the worker held a counted 高技能人才 certificate (三级 up, docs/domain.md §1), or null. */
export const highSkillSince = (summary: Pick<WorkerSummary, 'certificates'>): string | null =>
  summary.certificates.find((c) => skillLevel(c.level).isHighSkill)?.date ?? null;
