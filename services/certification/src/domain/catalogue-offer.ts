import { type CatalogueState, isRetiredBy, standardInForce } from '@tianfu/catalogue-view/state';
import { certificateDigitOf, type OccupationCode, skillLevel } from '@tianfu/contracts';
import { domainError } from '@tianfu/decider';
import type { NumberedLevel } from './numbering/index.ts';

/** Why the catalogue does not offer what an issuance names; statuses live with the routes. */
export type OfferErrorCode = 'OCCUPATION_NOT_IN_CATALOGUE' | 'LEVEL_NOT_OFFERED';

export interface Offered {
  readonly occupationCode: OccupationCode;
  readonly level: NumberedLevel;
}

/** The occupation is one the catalogue holds and had not retired by `day` (docs/domain.md §3.4). */
function checkOccupation(catalogue: CatalogueState, occupationCode: OccupationCode, day: string): void {
  const occupation = catalogue.occupations.get(occupationCode);
  if (occupation === undefined) {
    throw domainError<OfferErrorCode>(
      'OCCUPATION_NOT_IN_CATALOGUE',
      `occupation ${occupationCode} is not in the catalogue`,
      { field: 'occupationCode', rule: 'in_catalogue' },
    );
  }
  if (isRetiredBy(occupation, day)) {
    throw domainError<OfferErrorCode>(
      'OCCUPATION_NOT_IN_CATALOGUE',
      `occupation ${occupationCode} (${occupation.name}) was retired from the catalogue on ${occupation.retiredOn}`,
      { field: 'occupationCode', rule: 'not_retired', retiredOn: occupation.retiredOn },
    );
  }
}

/**
 * What the certificate office may issue on `day`: an occupation the catalogue holds, at a level its
 * standard in force that day offers (docs/domain.md §3.4: not every standard has all five).
 * 特级技师 is a post, not a level of a standard (§1), so for it the occupation alone is checked.
 */
export function checkOffered(catalogue: CatalogueState, { occupationCode, level }: Offered, day: string): void {
  checkOccupation(catalogue, occupationCode, day);
  const digit = certificateDigitOf(level);
  if (digit === null) return;
  const standard = standardInForce(catalogue, occupationCode, day);
  if (standard?.levels.includes(digit) === true) return;
  const label = skillLevel(level).label;
  throw domainError<OfferErrorCode>(
    'LEVEL_NOT_OFFERED',
    standard === undefined
      ? `no standard of occupation ${occupationCode} is in force on ${day}, so none offers ${label}`
      : `standard ${standard.version} of occupation ${occupationCode} does not offer ${label} (it offers ${standard.levels.join(', ')})`,
    {
      field: 'level',
      rule: 'offered_by_standard_in_force',
      standardVersion: standard?.version ?? null,
      levels: standard?.levels ?? [],
    },
  );
}
