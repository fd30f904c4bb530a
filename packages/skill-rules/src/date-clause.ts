import type { OccupationCode } from '@tianfu/contracts';
import type { HeldLevel } from './candidate-background.ts';
import { earliestHeld, minorGroupOf } from './check-clause.ts';
import { dayWhenElapsed, formatYears } from './elapsed-years.ts';
import type { Clause } from './eligibility-rule.ts';

/** What the certificates on record can tell of a clause (docs/domain.md §2.3). */
export interface CertificateRecord {
  readonly occupationCode: OccupationCode;
  /** Certificates in any occupation: a related one (same 小类) counts. */
  readonly heldLevels: readonly HeldLevel[];
  /** YYYY-MM-DD: the day the record stood as given. */
  readonly asOf: string;
}

/** The first day a clause holds and the certificate it counts, or what only a declaration can show. */
export type ClauseDate = { readonly on: string; readonly held: HeldLevel } | { readonly needs: string };

/**
 * Only "holds X (+ n yrs)" can be dated from certificates. It is dated as if the years since were
 * all spent in the occupation: at enrolment the declared 累计 years still cap them (§2.3).
 */
export function dateClause(clause: Clause, record: CertificateRecord): ClauseDate {
  switch (clause.kind) {
    case 'holds-level': {
      const held = earliestHeld(clause.level, record.occupationCode, record.heldLevels, record.asOf);
      if (held === undefined) {
        return { needs: `${clause.level} or higher in occupation group ${minorGroupOf(record.occupationCode)}` };
      }
      return { on: dayWhenElapsed(held.obtainedOn, clause.yearsSince), held };
    }
    case 'years-in-occupation':
      return { needs: `${formatYears(clause.years)} in the occupation (累计)` };
    case 'schooling':
      return { needs: `schooling: ${clause.anyOf.join(' or ')}` };
    case 'title':
      return { needs: `${clause.atLeast} title or higher, held ${formatYears(clause.yearsSince)}` };
    case 'min-age':
      return { needs: `age ≥ ${clause.years} (birth date)` };
    case 'apprenticeship-completed':
      return { needs: 'a completed apprenticeship (学徒期满)' };
  }
}
