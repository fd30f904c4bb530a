import { type DomainStatuses, domainErrorMapper } from '@tianfu/service-kit';
import type { CatalogueErrorCode } from '../domain/catalogue-errors.ts';

const statuses: DomainStatuses<CatalogueErrorCode> = {
  CATALOGUE_ROWS_REJECTED: [422, 'Catalogue rows rejected; nothing was imported'],
  PARENT_NOT_FOUND: [422, 'Parent group not in the catalogue'],
  ENTRY_EXISTS: [409, 'Catalogue entry already exists'],
  STANDARD_VERSION_EXISTS: [409, 'Standard version already exists'],
  OCCUPATION_NOT_FOUND: [404, 'Occupation not in the catalogue'],
  OCCUPATION_RETIRED: [409, 'Occupation retired'],
  GROUP_NOT_FOUND: [404, 'Group not in the catalogue'],
  STANDARD_NOT_FOUND: [404, 'Standard version not in the catalogue'],
  SPECIAL_ABILITY_NOT_FOUND: [404, '专项职业能力 not in the catalogue'],
  ENTRY_RETIRED: [409, 'Catalogue entry retired or superseded'],
  ENTRY_IN_USE: [409, 'Catalogue entry in use by open sessions or filings'],
  SUCCESSOR_INVALID: [422, 'Successor standard version invalid'],
  DEVIATION_RULE_UNKNOWN: [422, 'Deviation names a rule its template lacks'],
};

/** Domain refusals and write conflicts as problem+json; anything else is left to service-kit (500). */
export const mapError = domainErrorMapper(statuses);
