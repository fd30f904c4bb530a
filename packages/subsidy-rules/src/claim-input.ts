import type {
  ApprenticeStage,
  DeliveryModel,
  InsuranceStanding,
  ShortageList,
  SkillLevelKey,
  SubsidyKind,
  SubsidyRuleSet,
  TrainingTargetGroup,
} from '@tianfu/contracts';

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

/** A span of days, both included: the training a subsidy pays for. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** The apprenticeship year and stage a 新型学徒制补贴 claim is for. */
export interface ApprenticeYear {
  readonly apprenticeshipId: string;
  readonly agreementYear: number;
  readonly stage: ApprenticeStage;
}

/**
 * A class the worker took, as training published it (docs/domain.md §7.1, §7.5): what 职业培训补贴
 * and 生活费补贴 rest on.
 */
export interface CompletionFacts {
  readonly classId: string;
  readonly providerId: string;
  /** The occupation it trains; null for a 专项职业能力 item, which has no levels. */
  readonly occupationCode: string | null;
  readonly targetLevel: SkillLevelKey | null;
  readonly subsidised: boolean;
  readonly deliveryModel: DeliveryModel;
  /** The worker's outcome: null while none was published (not enrolled, or the class not ended). */
  readonly outcome: { readonly completed: boolean; readonly on: string } | null;
  /** The groups declared at enrolment, opened from their seal; null when they can no longer be read. */
  readonly targetGroups: readonly TrainingTargetGroup[] | null;
}

/** An apprenticeship agreement as training published it (docs/domain.md §7.6), and the year claimed for. */
export interface ApprenticeshipFacts extends ApprenticeYear {
  readonly employerCode: string;
  readonly occupationCode: string;
  readonly targetLevel: SkillLevelKey;
  readonly startsOn: string;
  readonly plannedEndOn: string;
  readonly completedOn: string | null;
  readonly terminatedOn: string | null;
}

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
  /** The training it paid for; absent for a claim recorded before periods were (read as its claim date). */
  readonly period?: Period | null;
  /** 新型学徒制补贴: the agreement year and stage it paid. */
  readonly apprenticeship?: ApprenticeYear | null;
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
  /** 职业培训补贴, 生活费补贴: the class the claim rests on; absent for the other kinds. */
  readonly completion?: CompletionFacts | null;
  /** 新型学徒制补贴: the agreement and the year claimed for; absent for the other kinds. */
  readonly apprenticeship?: ApprenticeshipFacts | null;
}
