import type { ApprenticeStage, SubsidyClaimDecidedData, SubsidyKind } from '@tianfu/contracts';
import type { CommandContext } from '@tianfu/eventstore';
import type { CertificateFacts } from '@tianfu/subsidy-rules';
import { sichuanShortageLists } from '@tianfu/subsidy-rules';
import { claimIdOf } from '../domain/claim-id.ts';
import type { ClaimRecord } from '../domain/claimant-state.ts';
import type { CertificateRegister, NamedCertificateRecord } from './certificate-register.ts';
import type { Claimer, ClaimGroundsOf } from './claim-grounds.ts';
import { type Claimants, recordOf } from './claimants.ts';
import type { InsuranceRegister } from './insurance-registry.ts';
import type { RuleSetCommands } from './rule-set-commands.ts';

export interface ClaimRequest {
  /** Null when the apprenticeship claimed for names the worker. */
  readonly workerId: string | null;
  readonly kind: SubsidyKind;
  readonly certificateNo: string | null;
  readonly classId: string | null;
  readonly apprenticeshipId: string | null;
  readonly agreementYear: number | null;
  readonly stage: ApprenticeStage | null;
  readonly region: SubsidyClaimDecidedData['region'];
  readonly claimedOn: string;
}

export interface ReviewRequest {
  readonly outcome: 'approved' | 'rejected';
  readonly amountFen: number | null;
  readonly reason: string;
}

/** A held certificate as the judge reads it. */
export const certificateFacts = (record: NamedCertificateRecord): CertificateFacts => ({
  certificateNo: record.certificateNo,
  holderWorkerId: record.workerId,
  occupationCode: record.occupationCode,
  level: record.level,
  issuedOn: record.issuedOn,
  status: record.status,
});

export interface ClaimCommandsDeps {
  readonly claimants: Claimants;
  readonly certificates: CertificateRegister;
  readonly insurance: InsuranceRegister;
  readonly ruleSets: RuleSetCommands;
  readonly grounds: ClaimGroundsOf;
  readonly clock: () => Date;
}

/**
 * 申请 and 审核 (docs/domain.md §7.10): a claim is judged at once on what the platform holds — the
 * certificate, the worker's insurance on the claim day, the rule sets, the worker's other claims.
 * Approved or referred, it is recorded; rejected, it is refused with every rule it broke and
 * nothing is recorded. A referred claim waits for a person.
 */
export function claimCommands({ claimants, certificates, insurance, ruleSets, grounds, clock }: ClaimCommandsDeps) {
  return {
    async claim(request: ClaimRequest, claimer: Claimer, context: CommandContext) {
      const { workerId, payee, completion, apprenticeship, basis } = await grounds(request, claimer);
      const { kind, region, claimedOn, certificateNo } = request;
      const claimId = claimIdOf({ workerId, kind, certificateNo, claimedOn, basis });
      const [certificate, standing, { state: registry }] = await Promise.all([
        certificateNo === null ? null : certificates.byNumber(certificateNo),
        insurance.insuredOn(workerId, claimedOn),
        ruleSets.read(),
      ]);
      const facts = {
        certificate: certificate === null ? null : certificateFacts(certificate),
        insurance: standing,
        ruleSets: registry.ruleSets,
        shortageLists: sichuanShortageLists,
        completion,
        apprenticeship,
      };
      const data = { workerId, kind, region, claimedOn, claimId, payee, basis, at: clock().toISOString(), facts };
      const result = await claimants.run(workerId, { type: 'DecideClaim', data }, context);
      return { claim: recordOf(result.state, claimId), revision: result.revision };
    },
    async review(workerId: string, claimId: string, review: ReviewRequest, context: CommandContext) {
      const data = { ...review, claimId, reviewer: context.actor.id, at: clock().toISOString() };
      const result = await claimants.run(workerId, { type: 'ReviewClaim', data }, context);
      return { claim: recordOf(result.state, claimId), revision: result.revision };
    },
    async ofWorker(workerId: string): Promise<ClaimRecord[]> {
      return [...(await claimants.read(workerId)).claims.values()];
    },
    async one(workerId: string, claimId: string): Promise<ClaimRecord> {
      return recordOf(await claimants.read(workerId), claimId);
    },
  };
}

export type ClaimCommands = ReturnType<typeof claimCommands>;
