import { randomFor } from '@tianfu/testing';
import type { ClaimReview } from '../api-types.ts';
import { dayAfter, daysBetween } from '../days.ts';

/** A certificate the demo issued, as certification lists it. */
export interface HeldCertificate {
  readonly certificateNo: string;
  readonly workerId: string;
  readonly level: string;
  readonly issuedOn: string;
  /** The 市(州) the worker claims in: the issuing body's. */
  readonly region: string;
}

/** Why a claim is in the plan: the ordinary one, one after the 12 months, or the same certificate again. */
export type ClaimIntent = 'in-window' | 'late' | 'again';

/** A 技能提升补贴 claim the subsidy office files for a worker, on the day the paper claim was received. */
export interface PlannedClaim {
  readonly workerId: string;
  readonly certificateNo: string;
  readonly region: string;
  readonly claimedOn: string;
  readonly intent: ClaimIntent;
}

/** The demo's claims are of 2023–2025, like everything else it records. */
export const LAST_CLAIM_DAY = '2025-12-31';

// Workers with a 五级, 四级 or 三级 claim it mostly; some with a 二级 or 一级 try, which Sichuan's
// 技能提升补贴 does not pay for (refused).
const claimChance: Readonly<Record<string, number>> = {
  level5: 0.85,
  level4: 0.85,
  level3: 0.85,
  level2: 0.25,
  level1: 0.25,
};

function claimsFor(certificate: HeldCertificate): PlannedClaim[] {
  const random = randomFor(`claim:${certificate.certificateNo}`);
  const chance = claimChance[certificate.level] ?? 0;
  const room = daysBetween(certificate.issuedOn, LAST_CLAIM_DAY);
  if (room < 7 || !random.chance(chance)) return [];
  const claim = (claimedOn: string, intent: ClaimIntent): PlannedClaim => ({
    workerId: certificate.workerId,
    certificateNo: certificate.certificateNo,
    region: certificate.region,
    claimedOn,
    intent,
  });
  // About one in sixteen comes after the 12 months, when there were 12 months left in the plan period.
  if (room >= 370 && random.chance(0.06)) {
    return [claim(dayAfter(certificate.issuedOn, random.int(370, Math.min(room, 540))), 'late')];
  }
  const claimedOn = dayAfter(certificate.issuedOn, random.int(7, Math.min(room, 300)));
  const first = claim(claimedOn, 'in-window');
  const left = daysBetween(claimedOn, LAST_CLAIM_DAY);
  // About one in fourteen is made again on a later day (a second office, a lost receipt).
  if (left < 20 || !random.chance(0.07)) return [first];
  return [first, claim(dayAfter(claimedOn, random.int(20, Math.min(left, 90))), 'again')];
}

/**
 * The claims of 2023–2025 for the certificates the demo issued, each worker's in the order they
 * were received: most within the 12 months, a few after them or made again (the service refuses
 * those). Decided per certificate by a random source keyed by its number, so the same every run.
 */
export function planClaims(certificates: readonly HeldCertificate[]): PlannedClaim[] {
  return certificates
    .flatMap(claimsFor)
    .sort(
      (a, b) =>
        a.workerId.localeCompare(b.workerId) ||
        a.claimedOn.localeCompare(b.claimedOn) ||
        a.certificateNo.localeCompare(b.certificateNo),
    );
}

const rejections = ['社保经办机构核实:申领时失业保险参保不满1年', '经核实,申请人为机关事业单位在编人员,不属于企业职工'];

/**
 * The subsidy office's decision on a referred claim, or null while it waits: most approved, a few
 * rejected with a reason — only a worker's sole claim, so that a rejection (which counts for
 * nothing) never lets a later claim of theirs through on another run.
 */
export function plannedReview(claimId: string, soleClaim: boolean): ClaimReview | null {
  const random = randomFor(`review:${claimId}`);
  if (soleClaim && random.chance(0.12)) return { outcome: 'rejected', reason: random.pick(rejections) };
  if (random.chance(0.75)) return { outcome: 'approved', reason: '经人工核实失业保险参保满1年,同意拨付' };
  return null;
}
