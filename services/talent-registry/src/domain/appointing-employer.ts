import { talentError } from './talent-errors.ts';

/** What a request may say about the enterprise: only ever checked against the registry, never taken from it. */
export interface EmployerClaim {
  readonly bodyId?: string | undefined;
  readonly filingNo?: string | undefined;
  readonly bodyName?: string | undefined;
}

/** The enterprise as the authority registered it (the registry's KnownBody, as far as an appointment needs it). */
export interface RegisteredEmployer {
  readonly bodyId: string;
  readonly filingNo: string;
  readonly name: string;
  readonly suspended: boolean;
}

export interface AppointingEmployer {
  readonly bodyId: string;
  readonly filingNo: string;
  readonly bodyName: string;
}

/**
 * Which enterprise appoints: an employer token's own, the one the talent office names otherwise.
 * An employer token naming another enterprise is refused before anything is looked up.
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

const mismatch = (field: string, bodyId: string) =>
  talentError('EMPLOYER_MISMATCH', `${field} is not what body ${bodyId} is registered with`, { field });

/**
 * The certificate a 特级技师 appointment brings is issued in this name ("谁评价、谁发证", domain.md
 * §2.1): the filing number and name the authority registered, never what the request says. The
 * request's fields are accepted only when they agree.
 */
export function appointingEmployer(
  bodyId: string,
  claim: EmployerClaim | undefined,
  registered: RegisteredEmployer | null,
): AppointingEmployer {
  if (registered === null) {
    throw talentError('EMPLOYER_NOT_REGISTERED', `body ${bodyId} is not a registered evaluation body`, {
      field: 'employer.bodyId',
    });
  }
  if (registered.suspended) {
    throw talentError('EMPLOYER_SUSPENDED', `body ${bodyId} is suspended: nothing is issued in its name`);
  }
  if (claim?.filingNo !== undefined && claim.filingNo !== registered.filingNo)
    throw mismatch('employer.filingNo', bodyId);
  if (claim?.bodyName !== undefined && claim.bodyName !== registered.name) throw mismatch('employer.bodyName', bodyId);
  return { bodyId, filingNo: registered.filingNo, bodyName: registered.name };
}
