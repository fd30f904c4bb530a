import { apiProblem } from '@tianfu/api-client';
import { api, ok } from '../../api/clients.ts';
import { refusedDecision } from './refused-claim.ts';
import type { CertificateFacts, Claim, Decision, RuleSet } from './subsidy-types.ts';

const workerPath = (workerId: string) => ({ params: { path: { workerId } } });

/** The rule sets of a region and kind, in force on a day when one is given ('' leaves a filter unset). */
export const ruleSets = (filter: { region: string; kind: string; on: string }) =>
  ok(
    api.subsidy.GET('/v1/rule-sets', {
      params: {
        query: {
          region: filter.region || undefined,
          kind: (filter.kind || undefined) as RuleSet['kinds'][number] | undefined,
          on: filter.on || undefined,
        },
      },
    }),
  ).then((answer) => answer.ruleSets);

export const workerCertificates = (workerId: string) =>
  ok(api.subsidy.GET('/v1/workers/{workerId}/certificates', workerPath(workerId))).then((answer) => answer.items);

export const workerClaims = (workerId: string) =>
  ok(api.subsidy.GET('/v1/workers/{workerId}/claims', workerPath(workerId))).then((answer) => answer.claims);

export const certificateFacts = (certificateNo: string) =>
  ok(api.subsidy.GET('/v1/certificates/{certificateNo}', { params: { path: { certificateNo } } }));

export const reviewClaim = (
  workerId: string,
  claimId: string,
  review: { outcome: 'approved' | 'rejected'; amountFen?: number; reason: string },
) =>
  ok(
    api.subsidy.POST('/v1/workers/{workerId}/claims/{claimId}/review', {
      params: { path: { workerId, claimId } },
      body: review,
    }),
  );

/** What a claim comes to: judged and recorded (approved or referred), or refused with the whole decision. */
export type ClaimAnswer =
  | { readonly kind: 'judged'; readonly claim: Claim }
  | { readonly kind: 'refused'; readonly decision: Decision };

/** A 技能提升补贴 claim for a certificate, made in a 市(州); any other refusal is thrown as an ApiProblem. */
export async function makeClaim(request: {
  kind: 'skill-upgrade';
  certificateNo: string;
  region: string;
}): Promise<ClaimAnswer> {
  const { data, error, response } = await api.subsidy.POST('/v1/claims', { body: request });
  if (data !== undefined) return { kind: 'judged', claim: data };
  const decision = refusedDecision(error);
  if (decision !== null) return { kind: 'refused', decision };
  throw apiProblem(response.url, response.status, error);
}

/** The claimant found: a worker id, and the certificate it was found by when one was given. */
export interface Claimant {
  readonly workerId: string;
  readonly certificate: CertificateFacts | null;
}

/** The claimant of a checked query: the certificate's holder, or the worker named. */
export async function findClaimant(by: 'certificate' | 'worker', value: string): Promise<Claimant> {
  if (by === 'worker') return { workerId: value, certificate: null };
  const certificate = await certificateFacts(value);
  return { workerId: certificate.workerId, certificate };
}
