import { type SkillLevelKey, skillLevel } from '@tianfu/contracts';
import type {
  AppointmentChangedFact,
  AppointmentFact,
  ApprenticeshipFact,
  CareerFact,
  CertificateFact,
  StepBasis,
} from './career-facts.ts';

/** One source of a step: a certificate or an appointment, with the day it stopped counting. */
export interface StepSource {
  readonly basis: StepBasis;
  readonly reference: string;
  readonly certificateNo: string | null;
  readonly date: string;
  /** Revoked, or the post ended or its term ran out, on or before the ladder's date; null while it counts. */
  readonly droppedOn: string | null;
}

/**
 * One level of one occupation (docs/domain.md §1): however many sources the worker holds it by (an exam
 * and a competition certificate, a 特级技师 appointment and the certificate issued for it), it is
 * one step. The step shows its first counted source, and counts while any of them does.
 */
export interface LadderStep {
  readonly level: SkillLevelKey;
  /** e.g. 三级/高级工 */
  readonly label: string;
  readonly date: string;
  readonly basis: StepBasis;
  readonly reference: string;
  readonly certificateNo: string | null;
  /** When the last source stopped counting; null while one counts. */
  readonly droppedOn: string | null;
  readonly sources: readonly StepSource[];
}

export interface AppointmentTerm {
  readonly fact: AppointmentFact;
  readonly termEnd: string | null;
  readonly endedOn: string | null;
}

export function appointmentTerms(facts: readonly CareerFact[]): AppointmentTerm[] {
  const made = facts.filter((f): f is AppointmentFact => f.kind === 'appointment');
  const changes = facts.filter(
    (f): f is AppointmentChangedFact => f.kind === 'appointment-renewed' || f.kind === 'appointment-ended',
  );
  return made.map((fact) => {
    let termEnd = fact.termEnd;
    let endedOn: string | null = null;
    for (const change of changes.filter((c) => c.appointmentId === fact.appointmentId)) {
      if (change.kind === 'appointment-renewed') termEnd = change.termEnd;
      else endedOn ??= change.date;
    }
    return { fact, termEnd, endedOn };
  });
}

export const heldOn = (term: AppointmentTerm, asOf: string): boolean =>
  (term.termEnd === null || term.termEnd >= asOf) && (term.endedOn === null || term.endedOn > asOf);

/** The day a post stopped counting by `asOf` (ended, or its term ran out), or null while held. */
const termDroppedOn = (term: AppointmentTerm, asOf: string): string | null =>
  heldOn(term, asOf) ? null : (term.endedOn ?? term.termEnd);

/** How certification names an appointment a certificate was issued for (its basis reference). */
const appointmentReference = (appointmentId: string): string => `appointment ${appointmentId}`;

/**
 * A certificate issued for an appointment (a 特级技师 certificate) states a term-limited title: it
 * counts only while the post is held, like the appointment itself (docs/domain.md §1, 聘期).
 */
export function certificateSource(
  fact: CertificateFact,
  revokedOn: string | null,
  terms: readonly AppointmentTerm[],
  asOf: string,
): StepSource {
  const term =
    fact.basis === 'appointment'
      ? terms.find((t) => appointmentReference(t.fact.appointmentId) === fact.reference)
      : undefined;
  const lapsed = term === undefined ? null : termDroppedOn(term, asOf);
  const droppedOn = revokedOn !== null && (lapsed === null || revokedOn < lapsed) ? revokedOn : lapsed;
  const { basis, reference, certificateNo, date } = fact;
  return { basis, reference, certificateNo, date, droppedOn };
}

export function appointmentSource(term: AppointmentTerm, asOf: string): StepSource {
  const { fact } = term;
  return {
    basis: 'appointment',
    reference: `${appointmentReference(fact.appointmentId)} (${fact.employerName})`,
    certificateNo: null,
    date: fact.date,
    droppedOn: termDroppedOn(term, asOf),
  };
}

/** A completed apprenticeship: the 学徒工 step for good, with its employer (docs/domain.md §1, §7.6). */
export const apprenticeshipSource = (fact: ApprenticeshipFact): StepSource => ({
  basis: 'apprenticeship',
  reference: `apprenticeship ${fact.apprenticeshipId} (${fact.employerName})`,
  certificateNo: null,
  date: fact.date,
  droppedOn: null,
});

// A certificate before an appointment of the same day: the step shows its number.
const sourceOrder = (a: StepSource, b: StepSource) =>
  a.date.localeCompare(b.date) ||
  Number(a.certificateNo === null) - Number(b.certificateNo === null) ||
  (a.certificateNo ?? a.reference).localeCompare(b.certificateNo ?? b.reference);

/** The sources of one level as one step. */
export function levelStep(level: SkillLevelKey, sources: readonly StepSource[]): LadderStep {
  const sorted = [...sources].sort(sourceOrder);
  const counted = sorted.filter((s) => s.droppedOn === null);
  const shown = (counted[0] ?? sorted[0]) as StepSource;
  const droppedOn =
    counted.length > 0
      ? null
      : (sorted
          .map((s) => s.droppedOn as string)
          .sort()
          .at(-1) ?? null);
  return {
    level,
    label: skillLevel(level).label,
    date: shown.date,
    basis: shown.basis,
    reference: shown.reference,
    certificateNo: shown.certificateNo ?? sorted.find((s) => s.certificateNo !== null)?.certificateNo ?? null,
    droppedOn,
    sources: sorted,
  };
}
