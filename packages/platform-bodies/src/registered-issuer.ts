import { domainError } from '@tianfu/decider';
import type { KnownBody } from './known-body.ts';

/** Why a body may not be named as the issuer of a certificate; each service maps them to statuses. */
export type IssuerErrorCode = 'BODY_NOT_REGISTERED' | 'BODY_SUSPENDED' | 'BODY_MISMATCH';

/** The HTTP status and title of each refusal, for a service's error table. */
export const issuerStatuses: Readonly<Record<IssuerErrorCode, readonly [status: number, title: string]>> = {
  BODY_NOT_REGISTERED: [422, 'Body not a registered evaluation body'],
  BODY_SUSPENDED: [409, 'Body suspended'],
  BODY_MISMATCH: [422, 'Body differs from its registration'],
};

/** What a request may say about the issuing body: checked against the registry, never taken from it. */
export interface IssuerClaim {
  readonly bodyId?: string | undefined;
  readonly filingNo?: string | undefined;
  readonly bodyName?: string | undefined;
}

/** The body a certificate is issued in the name of, as certification's events carry it. */
export interface RegisteredIssuer {
  readonly bodyId: string;
  readonly filingNo: string;
  readonly bodyName: string;
}

const issuerError = (code: IssuerErrorCode, message: string, field?: string) =>
  domainError<IssuerErrorCode>(code, message, field === undefined ? undefined : { field });

/**
 * "谁评价、谁发证" (docs/domain.md §2.1): a certificate carries the filing number and name the authority
 * registered for the body, never what a request says. A filing number or name sent along is
 * accepted only when it agrees; `field` names the request's object (e.g. `employer`) in refusals.
 */
export function registeredIssuer(
  bodyId: string,
  claim: IssuerClaim | undefined,
  known: KnownBody | null,
  field: string,
): RegisteredIssuer {
  if (known === null) {
    throw issuerError('BODY_NOT_REGISTERED', `body ${bodyId} is not a registered evaluation body`, `${field}.bodyId`);
  }
  if (known.suspended)
    throw issuerError('BODY_SUSPENDED', `body ${bodyId} is suspended: nothing is issued in its name`);
  const mismatch = (part: string) =>
    issuerError('BODY_MISMATCH', `${field}.${part} is not what body ${bodyId} is registered with`, `${field}.${part}`);
  if (claim?.filingNo !== undefined && claim.filingNo !== known.filingNo) throw mismatch('filingNo');
  if (claim?.bodyName !== undefined && claim.bodyName !== known.name) throw mismatch('bodyName');
  return { bodyId, filingNo: known.filingNo, bodyName: known.name };
}
