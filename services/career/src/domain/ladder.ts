import { findHonour, type HonourCode, type SkillLevelKey, skillLevel } from '@tianfu/contracts';
import type { AppointmentFact, CareerFact, CertificateFact } from './career-facts.ts';
import {
  appointmentSource,
  appointmentTerms,
  apprenticeshipSource,
  certificateSource,
  heldOn,
  type LadderStep,
  levelStep,
  type StepSource,
} from './ladder-steps.ts';
import { type LadderMedal, medalsOf } from './medals.ts';

export interface OccupationLadder {
  readonly occupationCode: string;
  /** Every step in date order, dropped ones included. */
  readonly steps: readonly LadderStep[];
  /** The highest step that counts, or null when none does. */
  readonly current: SkillLevelKey | null;
}

export interface Ladder {
  readonly workerId: string;
  readonly asOf: string;
  readonly occupations: readonly OccupationLadder[];
  readonly highest: { readonly level: SkillLevelKey; readonly occupationCode: string } | null;
  /** 高技能人才: 三级/高级工 or above in some occupation (docs/domain.md §1). */
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

const stepOrder = (a: LadderStep, b: LadderStep) => a.date.localeCompare(b.date) || ordinal(a.level) - ordinal(b.level);

/**
 * A worker's ladder as the facts stood on `asOf` (docs/domain.md §1): per occupation the
 * steps (one per level) with date, basis and sources; revoked certificates and ended posts (and
 * the certificates issued for them) stay in the history but no longer count; honours not revoked; posts held that day.
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

  const sources = new Map<string, Map<SkillLevelKey, StepSource[]>>();
  const add = (occupationCode: string, level: SkillLevelKey, source: StepSource) => {
    const levels = sources.get(occupationCode) ?? new Map<SkillLevelKey, StepSource[]>();
    levels.set(level, [...(levels.get(level) ?? []), source]);
    sources.set(occupationCode, levels);
  };
  for (const f of certificates.values())
    add(f.occupationCode, f.level, certificateSource(f, revokedOn.get(f.certificateId) ?? null, terms, asOf));
  for (const term of terms) add(term.fact.occupationCode, term.fact.post, appointmentSource(term, asOf));
  for (const f of known) if (f.kind === 'apprenticeship') add(f.occupationCode, 'apprentice', apprenticeshipSource(f));
  const byOccupation = new Map<string, LadderStep[]>(
    [...sources].map(([code, levels]) => [code, [...levels].map(([level, list]) => levelStep(level, list))]),
  );

  const occupations = [...byOccupation.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([occupationCode, steps]): OccupationLadder => {
      const counted = steps.filter((s) => s.droppedOn === null);
      const top = counted.reduce<LadderStep | null>(
        (best, s) => (best && ordinal(best.level) >= ordinal(s.level) ? best : s),
        null,
      );
      return { occupationCode, steps: [...steps].sort(stepOrder), current: top?.level ?? null };
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
