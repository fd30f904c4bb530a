import { domainError } from '@tianfu/decider';

/** Why a catalogue command is refused; statuses live with the routes. */
export type CatalogueErrorCode =
  | 'CATALOGUE_ROWS_REJECTED'
  | 'PARENT_NOT_FOUND'
  | 'ENTRY_EXISTS'
  | 'STANDARD_VERSION_EXISTS'
  | 'OCCUPATION_NOT_FOUND'
  | 'OCCUPATION_RETIRED'
  | 'GROUP_NOT_FOUND'
  | 'STANDARD_NOT_FOUND'
  | 'SPECIAL_ABILITY_NOT_FOUND'
  | 'ENTRY_RETIRED'
  | 'ENTRY_IN_USE'
  | 'SUCCESSOR_INVALID'
  | 'DEVIATION_RULE_UNKNOWN';

export const catalogueError = (code: CatalogueErrorCode, message: string, details?: Record<string, unknown>) =>
  domainError<CatalogueErrorCode>(code, message, details);

/** One refusal about one field of the command, named like a 400's `errors`. */
export const fieldRefusal = (code: CatalogueErrorCode, field: string, rule: string, message: string) =>
  catalogueError(code, message, { errors: [{ field, rule, message }] });
