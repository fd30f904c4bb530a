import { isAtLeastSkillLevel, type OccupationCode } from '@tianfu/contracts';
import {
  type CandidateBackground,
  type CertifiedLevel,
  type CompletedTraining,
  type HeldLevel,
  type TitleGrade,
  titleGrades,
} from './candidate-background.ts';
import { elapsedYears, formatYears } from './elapsed-years.ts';
import type { Clause } from './eligibility-rule.ts';

/** What a clause is checked against: the candidate, the target occupation and the session date. */
export interface ClauseFacts {
  readonly occupationCode: OccupationCode;
  readonly asOf: string;
  readonly background: CandidateBackground;
}

/** Null when the clause holds, else a short reason naming the missing fact. */
export function unmetReason(clause: Clause, facts: ClauseFacts): string | null {
  const { background } = facts;
  switch (clause.kind) {
    case 'years-in-occupation':
      // §2.3: "n yrs" = 累计 years in the occupation or a related one, as declared.
      return background.yearsInOccupation >= clause.years
        ? null
        : `needs ≥ ${formatYears(clause.years)} in the occupation (declared ${formatYears(background.yearsInOccupation)})`;
    case 'holds-level':
      return levelReason(clause.level, clause.yearsSince, facts);
    case 'schooling':
      // §2.3: graduates include final-year students, so a declared schooling counts as it is.
      return clause.anyOf.some((s) => background.schooling.includes(s))
        ? null
        : `needs schooling: ${clause.anyOf.join(' or ')} (declared ${background.schooling.join(', ') || 'none'})`;
    case 'title':
      return titleReason(clause.atLeast, clause.yearsSince, facts);
    case 'min-age':
      return ageReason(clause.years, facts);
    case 'apprenticeship-completed':
      return background.apprenticeshipCompleted || recordedApprenticeship(facts) !== undefined
        ? null
        : 'needs a completed apprenticeship (学徒期满)';
  }
}

/**
 * 学徒期满 as the platform recorded it (docs/domain.md §2.3, §7.6): the earliest completed
 * 企业新型学徒制 agreement or class in the same 小类, completed by the session date.
 */
export function recordedApprenticeship(facts: ClauseFacts): CompletedTraining | undefined {
  const group = minorGroupOf(facts.occupationCode);
  return (facts.background.completedTrainings ?? [])
    .filter((t) => t.kind === 'apprenticeship' && minorGroupOf(t.occupationCode) === group)
    .filter((t) => t.completedOn <= facts.asOf)
    .sort((a, b) => (a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : 0))[0];
}

/** §2.3: a related occupation is one in the same 小类, the first three segments of the code (6-31-01). */
export const minorGroupOf = (code: OccupationCode): string => code.split('-').slice(0, 3).join('-');

/**
 * The held level a "holds X" clause counts: the earliest obtained of X or higher in the same 小类.
 * §2.3: a higher level satisfies "holds X"; a level obtained after the session date is not held yet.
 */
export function earliestHeld(
  level: CertifiedLevel,
  occupationCode: OccupationCode,
  heldLevels: readonly HeldLevel[],
  asOf: string,
): HeldLevel | undefined {
  const group = minorGroupOf(occupationCode);
  return heldLevels
    .filter((h) => isAtLeastSkillLevel(h.level, level) && minorGroupOf(h.occupationCode) === group)
    .filter((h) => h.obtainedOn <= asOf)
    .sort((a, b) => (a.obtainedOn < b.obtainedOn ? -1 : a.obtainedOn > b.obtainedOn ? 1 : 0))[0];
}

const heldFor = (level: CertifiedLevel, facts: ClauseFacts) =>
  earliestHeld(level, facts.occupationCode, facts.background.heldLevels, facts.asOf);

/** The held level (with its source) a clause relies on; none for clauses about other facts. */
export function countedLevels(clause: Clause, facts: ClauseFacts): HeldLevel[] {
  const held = clause.kind === 'holds-level' ? heldFor(clause.level, facts) : undefined;
  return held === undefined ? [] : [held];
}

/** The recorded training a clause relies on, cited even when the candidate also declared it. */
export function countedTrainings(clause: Clause, facts: ClauseFacts): CompletedTraining[] {
  const recorded = clause.kind === 'apprenticeship-completed' ? recordedApprenticeship(facts) : undefined;
  return recorded === undefined ? [] : [recorded];
}

function levelReason(level: CertifiedLevel, needed: number, facts: ClauseFacts): string | null {
  const earliest = heldFor(level, facts);
  if (earliest === undefined) {
    return `needs ${level} or higher in occupation group ${minorGroupOf(facts.occupationCode)} (none held)`;
  }
  return heldLongEnough(level, earliest.obtainedOn, needed, facts);
}

const gradeRank = (grade: TitleGrade): number => titleGrades.indexOf(grade);

function titleReason(atLeast: TitleGrade, needed: number, facts: ClauseFacts): string | null {
  const { title } = facts.background;
  // §2.3: a 职称 obtained after the session date is not held yet.
  if (title === null || title.since > facts.asOf) return `needs ${atLeast} title or higher (none held)`;
  if (gradeRank(title.grade) < gradeRank(atLeast)) return `needs ${atLeast} title or higher (holds ${title.grade})`;
  return heldLongEnough(`${atLeast} title`, title.since, needed, facts);
}

/** §2.3: years after obtaining count as years in the occupation, so the declared 累计 years cap them. */
function heldLongEnough(what: string, since: string, needed: number, facts: ClauseFacts): string | null {
  const held = elapsedYears(since, facts.asOf);
  const counted = Math.min(held, facts.background.yearsInOccupation);
  if (counted >= needed) return null;
  const cap = counted < held ? `, capped at ${formatYears(counted)} declared in the occupation` : '';
  return `needs ${what} held ≥ ${formatYears(needed)} (held ${formatYears(held)}${cap})`;
}

function ageReason(minimum: number, facts: ClauseFacts): string | null {
  const { birthDate } = facts.background;
  if (birthDate === null) return `needs age ≥ ${minimum} (birth date unknown)`;
  const age = Math.floor(elapsedYears(birthDate, facts.asOf));
  return age >= minimum ? null : `needs age ≥ ${minimum} (aged ${age})`;
}
