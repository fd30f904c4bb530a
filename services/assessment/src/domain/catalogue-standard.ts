import { type CatalogueOccupation, type CatalogueStandard, isRetiredBy } from '@tianfu/catalogue-view/state';
import { chinaDate, type OccupationFiledData } from '@tianfu/contracts';
import { domainError } from '@tianfu/decider';
import { type EligibilityErrorCode, levelsOf } from '@tianfu/skill-rules';

/** Why the catalogue's record does not allow a filing; statuses live with the routes. */
export type StandardErrorCode = EligibilityErrorCode | 'STANDARD_NOT_FOUND' | 'STANDARD_NOT_IN_FORCE';

interface FieldProblem {
  readonly field: 'occupationCode' | 'standardVersion' | 'levels';
  readonly rule: string;
  readonly message: string;
}

const refusal = (code: StandardErrorCode, { field, rule, message }: FieldProblem) =>
  domainError<StandardErrorCode>(code, message, { errors: [{ field, rule, message }] });

/**
 * The catalogue's record of one standard version of an occupation (docs/domain.md §3.4); the
 * handler looked the occupation up. STANDARD_NOT_FOUND means the catalogue has no such
 * occupation, or no such version of it.
 */
export function standardOnRecord(
  occupation: CatalogueOccupation | null,
  occupationCode: string,
  version: string,
): { readonly occupation: CatalogueOccupation; readonly standard: CatalogueStandard } {
  if (occupation === null) {
    const message = `occupation ${occupationCode} is not in the catalogue`;
    throw refusal('STANDARD_NOT_FOUND', { field: 'occupationCode', rule: 'not_in_catalogue', message });
  }
  const standard = occupation.standards.find((s) => s.version === version);
  if (standard !== undefined) return { occupation, standard };
  const held = occupation.standards.map((s) => s.version).join(', ') || 'none';
  const message = `occupation ${occupationCode} has no standard version ${version} in the catalogue (it has ${held})`;
  throw refusal('STANDARD_NOT_FOUND', { field: 'standardVersion', rule: 'not_in_catalogue', message });
}

/** Why the standard cannot be newly filed on `day` (docs/domain.md §3.4), or null. */
function notInForce(occupation: CatalogueOccupation, standard: CatalogueStandard, day: string): FieldProblem | null {
  const named = `standard ${occupation.code}@${standard.version}`;
  if (isRetiredBy(occupation, day)) {
    const message = `occupation ${occupation.code} was retired from the catalogue on ${occupation.retiredOn}`;
    return { field: 'occupationCode', rule: 'occupation_retired', message };
  }
  if (isRetiredBy(standard, day)) {
    return {
      field: 'standardVersion',
      rule: 'standard_retired',
      message: `${named} was retired on ${standard.retiredOn}`,
    };
  }
  if (standard.supersededOn !== null && standard.supersededOn <= day) {
    const message = `${named} was superseded on ${standard.supersededOn}: file version ${standard.successorVersion}`;
    return { field: 'standardVersion', rule: 'standard_superseded', message };
  }
  if (standard.effectiveFrom > day) {
    const message = `${named} takes effect on ${standard.effectiveFrom}`;
    return { field: 'standardVersion', rule: 'not_yet_effective', message };
  }
  return null;
}

/**
 * A filing names a standard the catalogue holds and has in force on the filing day, and only
 * levels that standard offers (docs/domain.md §2.3, §3.4).
 */
export function checkFiling(catalogued: CatalogueOccupation | null, data: OccupationFiledData): void {
  const { occupationCode, standardVersion, levels } = data;
  const { occupation, standard } = standardOnRecord(catalogued, occupationCode, standardVersion);
  const problem = notInForce(occupation, standard, chinaDate(data.filedAt));
  if (problem !== null) throw refusal('STANDARD_NOT_IN_FORCE', problem);
  const offered = levelsOf(standard);
  const missing = levels.filter((l) => !offered.includes(l));
  if (missing.length > 0) {
    const message = `standard ${occupationCode}@${standardVersion} offers ${offered.join(', ')}, not ${missing.join(', ')}`;
    throw refusal('LEVEL_NOT_OFFERED', { field: 'levels', rule: 'level_not_offered', message });
  }
}
