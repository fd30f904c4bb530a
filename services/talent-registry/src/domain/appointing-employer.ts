import { talentError } from './talent-errors.ts';

/** The part of a request's issuer claim (platform-bodies' IssuerClaim) that names the enterprise. */
interface EmployerClaim {
  readonly bodyId?: string | undefined;
}

/**
 * Which enterprise appoints: an employer token's own, the one the talent office names otherwise.
 * An employer token naming another enterprise is refused before anything is looked up; the
 * filing number and name then come from the registry (platform-bodies' registeredIssuer).
 */
export function employerBodyId(claim: EmployerClaim | undefined, tokenBodyId: string | null): string {
  if (tokenBodyId !== null) {
    if (claim?.bodyId !== undefined && claim.bodyId !== tokenBodyId) {
      throw talentError('APPOINTMENT_OTHER_ENTERPRISE', 'an employer token appoints only in its own enterprise', {
        field: 'employer.bodyId',
      });
    }
    return tokenBodyId;
  }
  if (claim?.bodyId === undefined) {
    throw talentError('EMPLOYER_NOT_NAMED', 'employer.bodyId names the appointing enterprise', {
      field: 'employer.bodyId',
    });
  }
  return claim.bodyId;
}
