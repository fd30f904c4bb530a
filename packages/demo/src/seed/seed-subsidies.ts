import { csvUpload, isApiProblem, ok, okOrNull, type RequestBody } from '@tianfu/api-client';
import type { ClaimView } from '../api-types.ts';
import { found } from '../eventually.ts';
import type { DemoPerson } from '../people/demo-people.ts';
import type { Platform } from '../platform.ts';
import { insuranceSheet } from '../sheets.ts';
import type { DemoBody } from './demo-bodies.ts';
import { inParallel } from './in-parallel.ts';
import { type HeldCertificate, type PlannedClaim, planClaims, plannedReview } from './plan-claims.ts';
import { planInsurance } from './plan-insurance.ts';
import type { Tally } from './tally.ts';

/** Claims the seed made, for the "try these" commands: one approved, one still waiting for a person. */
export interface SubsidySample {
  readonly approved: ClaimView | null;
  readonly waiting: ClaimView | null;
}

// The subsidy service reads certification's topic behind the seed.
const factsWaitMs = 5 * 60_000;

/** Every certificate a demo body issued, as the certificate office lists them. */
async function heldCertificates(platform: Platform, bodies: readonly DemoBody[]): Promise<HeldCertificate[]> {
  const held: HeldCertificate[] = [];
  await inParallel(bodies, 3, async ({ bodyId, regionCode }) => {
    let after: string | undefined;
    do {
      const body = { bodyId, limit: 100, ...(after === undefined ? {} : { after }) };
      const page = await ok(platform.office.certification.POST('/v1/certificates/search', { body }));
      held.push(...page.items.map((c) => ({ ...c, region: regionCode })));
      after = page.next ?? undefined;
    } while (after !== undefined);
  });
  return held;
}

// The seed's claims rest on certificates (技能提升补贴).
type ClaimRequest = RequestBody<'subsidy', '/v1/claims', 'post'> & { readonly certificateNo: string };

// The subsidy service reads certificates from certification's topic: one it has not read yet is 404.
const notYetKnown = (error: unknown) => isApiProblem(error, 'CERTIFICATE_NOT_FOUND');

/**
 * The claim as the service judged it, or null when it refused it (422, nothing recorded). Claimed at
 * once; only a certificate the service has not read yet is waited for, then claimed again.
 */
async function judged(platform: Platform, claim: ClaimRequest): Promise<ClaimView | null> {
  const { subsidy } = platform.subsidyOffice;
  const send = () => ok(subsidy.POST('/v1/claims', { body: claim }));
  const refusedAsNull = (error: unknown) => {
    if (isApiProblem(error, 'CLAIM_REJECTED')) return null;
    throw error;
  };
  try {
    return await send();
  } catch (error) {
    if (!notYetKnown(error)) return refusedAsNull(error);
    const { certificateNo } = claim;
    const params = { path: { certificateNo } };
    await found(() => okOrNull(subsidy.GET('/v1/certificates/{certificateNo}', { params })), {
      what: `certificate ${certificateNo} to reach the subsidy service`,
      timeoutMs: factsWaitMs,
    });
    return send().catch(refusedAsNull);
  }
}

/**
 * The social-insurance registry's 失业保险 periods of the certified workers, imported by the subsidy
 * office as one sheet (docs/domain.md §7.9): a period already held adds nothing.
 */
export async function importInsurance(platform: Platform, workers: readonly DemoPerson[], tally: Tally) {
  const sheet = csvUpload(insuranceSheet(planInsurance(workers)));
  const receipt = await ok(platform.subsidyOffice.subsidy.POST('/v1/insurance.csv', sheet));
  tally.add('失业保险 periods', 'created', receipt.recorded);
  tally.add('失业保险 periods', 'existing', receipt.unchanged);
}

/**
 * The subsidy office's 技能提升补贴 claims of 2023–2025 (docs/domain.md §7.8, §7.10) for the
 * certificates the demo issued, each worker's in order — approved, referred, or refused (422,
 * nothing recorded) — and the review of most referred ones. A claim made again is the claim
 * already judged. The workers' insurance is imported first.
 */
export async function seedClaims(
  platform: Platform,
  { bodies, since }: { bodies: readonly DemoBody[]; since: Date },
  tally: Tally,
): Promise<SubsidySample> {
  const { subsidy } = platform.subsidyOffice;
  const claims = planClaims(await heldCertificates(platform, bodies));
  const byWorker = new Map<string, PlannedClaim[]>();
  for (const claim of claims) byWorker.set(claim.workerId, [...(byWorker.get(claim.workerId) ?? []), claim]);
  let approved: ClaimView | null = null;
  let waiting: ClaimView | null = null;
  const review = async (claim: ClaimView, soleClaim: boolean) => {
    const decided = plannedReview(claim.claimId, soleClaim);
    if (decided === null) {
      waiting ??= claim;
      return;
    }
    const params = { path: { workerId: claim.workerId, claimId: claim.claimId } };
    await ok(subsidy.POST('/v1/workers/{workerId}/claims/{claimId}/review', { params, body: decided }));
    tally.add('subsidy claim reviews', 'created');
  };
  await inParallel([...byWorker.values()], 4, async (own) => {
    for (const { workerId, certificateNo, region, claimedOn } of own) {
      const claim = await judged(platform, { kind: 'skill-upgrade', certificateNo, region, workerId, claimedOn });
      if (claim === null) {
        tally.add('subsidy claims', 'refused');
        continue;
      }
      tally.add('subsidy claims', Date.parse(claim.decidedAt) < since.getTime() ? 'existing' : 'created');
      if (claim.review !== null) tally.add('subsidy claim reviews', 'existing');
      else if (claim.status === 'approved') approved ??= claim;
      else await review(claim, own.length === 1);
    }
  });
  return { approved, waiting };
}
