import type { InsuranceStanding, ShortageList, SkillLevelKey, SubsidyKind, SubsidyRuleSet } from '@tianfu/contracts';

/** What is claimed, when, where the claimant belongs and for whom (the worker, even when an employer claims). */
export interface SubsidyClaim {
  readonly kind: SubsidyKind;
  /** YYYY-MM-DD, the day the claim was made (申请). */
  readonly claimedOn: string;
  /** The claimant's 市(州) (a county code is read as its 市(州)), or Sichuan's 510000. */
  readonly region: string;
  readonly workerId: string;
}

export type CertificateStatus = 'valid' | 'suspended' | 'revoked';

/** The certificate a claim rests on, as certification recorded it. */
export interface CertificateFacts {
  readonly certificateNo: string;
  readonly holderWorkerId: string;
  readonly occupationCode: string;
  readonly level: SkillLevelKey;
  /** YYYY-MM-DD, the 核发 date. */
  readonly issuedOn: string;
  readonly status: CertificateStatus;
}

/** Who a subsidy was paid to; one paid to an employer or a provider for the person counts as the person's. */
export type Payee = 'worker' | 'employer' | 'provider';

/** A subsidy the worker already had that counts (approved or paid, not clawed back). */
export interface PriorClaim {
  readonly claimId: string;
  readonly kind: SubsidyKind;
  /** The occupation and level it subsidised; null for a kind without a certificate (生活费补贴). */
  readonly occupationCode: string | null;
  readonly level: SkillLevelKey | null;
  /** The calendar year it counts in. */
  readonly countsInYear: number;
  readonly payee: Payee;
}

/** Everything a claim is judged on; the judge reads nothing else. */
export interface ClaimInput {
  readonly claim: SubsidyClaim;
  /** Null for a kind that rests on no certificate (生活费补贴). */
  readonly certificate: CertificateFacts | null;
  readonly priorClaims: readonly PriorClaim[];
  readonly insurance: InsuranceStanding;
  readonly shortageLists: readonly ShortageList[];
  readonly ruleSets: readonly SubsidyRuleSet[];
}
