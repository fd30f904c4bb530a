import { findHonour, type HonourCode, type SkillLevelKey, skillLevel } from '@tianfu/contracts';
import type {
  AppointmentChangedFact,
  AppointmentFact,
  CareerFact,
  CertificateFact,
  StepBasis,
} from './career-facts.ts';
import { type LadderMedal, medalsOf } from './medals.ts';
import { type NextStep, nextStep } from './next-step.ts';

export interface LadderStep {
  readonly level: SkillLevelKey;
  /** e.g. 三级/高级工 */
  readonly label: string;
  readonly date: string;
  readonly basis: StepBasis;
  readonly reference: string;
  readonly certificateNo: string | null;
  /** Revoked (or the post ended) on or before the ladder's date: kept in the history, not counted. */
  readonly droppedOn: string | null;
}

export interface OccupationLadder {
  readonly occupationCode: string;
  /** Every step in date order, dropped ones included. */
  readonly steps: readonly LadderStep[];
  /** The highest step that counts, or null when none does. */
  readonly current: SkillLevelKey | null;
  /** The next exam level and the earliest day the worker is eligible (§2.3); null at the top. */
  readonly next: NextStep | null;
}

export interface Ladder {
  readonly workerId: string;
  readonly asOf: string;
  readonly occupations: readonly OccupationLadder[];
  readonly highest: { readonly level: SkillLevelKey; readonly occupationCode: string } | null;
  /** 高技能人才: 三级/高级工 or above in some occupation (domain.md §1). */
  readonly highSkill: boolean;
  readonly honours: readonly {
    readonly honour: HonourCode;
    readonly name: string;
    readonly round: string;
    readonly date: string;
  }[];
  readonly appointments: readonly {
    readonly post: AppointmentFact['post'];
    readonly occupationCode: string;
    readonly employerName: string;
    readonly since: string;
    readonly termEnd: string | null;
  }[];
  /** Competition medals as the results stand (corrections applied), competition names joined when read. */
  readonly medals: readonly LadderMedal[];
}

const ordinal = (level: SkillLevelKey) => skillLevel(level).ordinal;
const byDateThenId = <T extends { date: string; factId: string }>(a: T, b: T) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0;

/** Each fact once, and only what had happened by `asOf`, in one total order: arrival order cannot matter. */
function factsAsOf(facts: readonly CareerFact[], asOf: string): CareerFact[] {
  const unique = new Map<string, CareerFact>();
  for (const fact of facts) if (fact.date <= asOf && !unique.has(fact.factId)) unique.set(fact.factId, fact);
  return [...unique.values()].sort(byDateThenId);
}

interface AppointmentTerm {
  readonly fact: AppointmentFact;
  readonly termEnd: string | null;
  readonly endedOn: string | null;
}

function appointmentTerms(facts: readonly CareerFact[]): AppointmentTerm[] {
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

const heldOn = (term: AppointmentTerm, asOf: string): boolean =>
  (term.termEnd === null || term.termEnd >= asOf) && (term.endedOn === null || term.endedOn > asOf);

function certificateStep(fact: CertificateFact, revokedOn: string | null): LadderStep {
  return {
    level: fact.level,
    label: skillLevel(fact.level).label,
    date: fact.date,
    basis: fact.basis,
    reference: fact.reference,
    certificateNo: fact.certificateNo,
    droppedOn: revokedOn,
  };
}

function appointmentStep(term: AppointmentTerm, asOf: string): LadderStep {
  const { fact } = term;
  const lapsed = term.termEnd !== null && term.termEnd < asOf ? term.termEnd : null;
  return {
    level: fact.post,
    label: skillLevel(fact.post).label,
    date: fact.date,
    basis: 'appointment',
    reference: `appointment ${fact.appointmentId} (${fact.employerName})`,
    certificateNo: null,
    droppedOn: heldOn(term, asOf) ? null : (term.endedOn ?? lapsed),
  };
}

const stepOrder = (a: LadderStep, b: LadderStep) =>
  a.date.localeCompare(b.date) ||
  ordinal(a.level) - ordinal(b.level) ||
  (a.certificateNo ?? a.reference).localeCompare(b.certificateNo ?? b.reference);

/**
 * A worker's ladder as the facts stood on `asOf` (issue #6, domain.md §1): per occupation the
 * steps with date, basis and source; revoked certificates and ended posts stay in the history
 * but no longer count; honours not revoked; posts held that day.
 */
export function deriveLadder(workerId: string, facts: readonly CareerFact[], asOf: string): Ladder {
  const known = factsAsOf(facts, asOf);
  const revokedOn = new Map<string, string>();
  for (const f of known)
    if (f.kind === 'certificate-revoked' && !revokedOn.has(f.certificateId)) revokedOn.set(f.certificateId, f.date);
  const certificates = new Map<string, CertificateFact>();
  for (const f of known)
    if (f.kind === 'certificate' && !certificates.has(f.certificateId)) certificates.set(f.certificateId, f);
  const terms = appointmentTerms(known);

  const byOccupation = new Map<string, LadderStep[]>();
  const add = (occupationCode: string, step: LadderStep) =>
    byOccupation.set(occupationCode, [...(byOccupation.get(occupationCode) ?? []), step]);
  for (const f of certificates.values())
    add(f.occupationCode, certificateStep(f, revokedOn.get(f.certificateId) ?? null));
  for (const term of terms) add(term.fact.occupationCode, appointmentStep(term, asOf));

  const occupations = [...byOccupation.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([occupationCode, steps]): OccupationLadder => {
      const counted = steps.filter((s) => s.droppedOn === null);
      const top = counted.reduce<LadderStep | null>(
        (best, s) => (best && ordinal(best.level) >= ordinal(s.level) ? best : s),
        null,
      );
      const current = top?.level ?? null;
      const next = nextStep(occupationCode, current, byOccupation, asOf);
      return { occupationCode, steps: [...steps].sort(stepOrder), current, next };
    });

  const highest = occupations.reduce<Ladder['highest']>((best, o) => {
    if (o.current === null) return best;
    return best && ordinal(best.level) >= ordinal(o.current)
      ? best
      : { level: o.current, occupationCode: o.occupationCode };
  }, null);

  const revokedGrants = new Set(known.flatMap((f) => (f.kind === 'honour-revoked' ? [f.grantId] : [])));
  const honours = known.flatMap((f) =>
    f.kind === 'honour' && !revokedGrants.has(f.grantId)
      ? [{ honour: f.honour, name: findHonour(f.honour).name, round: f.round, date: f.date }]
      : [],
  );
  const appointments = terms
    .filter((term) => heldOn(term, asOf))
    .map(({ fact, termEnd }) => ({
      post: fact.post,
      occupationCode: fact.occupationCode,
      employerName: fact.employerName,
      since: fact.date,
      termEnd,
    }));

  return {
    workerId,
    asOf,
    occupations,
    highest,
    highSkill: highest !== null && skillLevel(highest.level).isHighSkill,
    honours,
    appointments,
    medals: medalsOf(known),
  };
}
