import { csvUpload, isApiProblem, ok } from '@tianfu/api-client';
import type { ClaimView } from '../api-types.ts';
import { until } from '../eventually.ts';
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
  for (const { bodyId, regionCode } of bodies) {
    let after: string | undefined;
    do {
      const body = { bodyId, limit: 100, ...(after === undefined ? {} : { after }) };
      const page = await ok(platform.office.certification.POST('/v1/certificates/search', { body }));
      held.push(...page.items.map((c) => ({ ...c, region: regionCode })));
      after = page.next ?? undefined;
    } while (after !== undefined);
  }
  return held;
}

/** Until the subsidy service holds every certificate the worker's claims rest on. */
function factsReached(platform: Platform, workerId: string, claims: readonly PlannedClaim[]) {
  const wanted = new Set(claims.map((c) => c.certificateNo));
  const params = { path: { workerId } };
  return until(
    () => ok(platform.subsidyOffice.subsidy.GET('/v1/workers/{workerId}/certificates', { params })),
    ({ items }) => items.filter((c) => wanted.has(c.certificateNo)).length === wanted.size,
    { what: `the certificates of worker ${workerId} to reach the subsidy service`, timeoutMs: factsWaitMs },
  );
}

/**
 * The subsidy office's year of 技能提升补贴 (docs/domain.md §7.8–§7.10): the registry's 失业保险
 * periods of the certified workers by sheet, then the claims of 2023–2025 for the certificates the
 * demo issued, each worker's in order — approved, referred, or refused (422, nothing recorded) —
 * and the review of most referred ones. A claim made again is the claim already judged.
 */
export async function seedSubsidies(
  platform: Platform,
  { workers, bodies, since }: { workers: readonly DemoPerson[]; bodies: readonly DemoBody[]; since: Date },
  tally: Tally,
): Promise<SubsidySample> {
  const { subsidy } = platform.subsidyOffice;
  const periods = planInsurance(workers);
  const receipt = await ok(subsidy.POST('/v1/insurance.csv', csvUpload(insuranceSheet(periods))));
  tally.add('失业保险 periods', 'created', receipt.recorded);
  tally.add('失业保险 periods', 'existing', receipt.unchanged);

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
    await factsReached(platform, own[0]?.workerId as string, own);
    for (const { workerId, certificateNo, region, claimedOn } of own) {
      const body = { kind: 'skill-upgrade' as const, certificateNo, region, workerId, claimedOn };
      const claim = await ok(subsidy.POST('/v1/claims', { body })).catch((error: unknown) => {
        if (isApiProblem(error, 'CLAIM_REJECTED')) return null;
        throw error;
      });
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
