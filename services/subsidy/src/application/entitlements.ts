import { chinaDate, type SubsidyClaimDecidedData } from '@tianfu/contracts';
import { judgeClaim, sichuanShortageLists } from '@tianfu/subsidy-rules';
import { countingClaims } from '../domain/claimant.ts';
import type { CertificateRegister } from './certificate-register.ts';
import { certificateFacts } from './claim-commands.ts';
import type { Claimants } from './claimants.ts';
import type { InsuranceRegister } from './insurance-registry.ts';
import type { RuleSetCommands } from './rule-set-commands.ts';

export interface EntitlementsDeps {
  readonly claimants: Claimants;
  readonly certificates: CertificateRegister;
  readonly insurance: InsuranceRegister;
  readonly ruleSets: RuleSetCommands;
  readonly clock: () => Date;
}

/**
 * What a worker may still claim today (docs/domain.md §7.10): each certificate they hold judged as
 * a 技能提升补贴 claim made today in their region would be — recorded nowhere — so every rule shows
 * why it could be claimed, or why not and from when; and the claims counted this year.
 */
export function entitlements({ claimants, certificates, insurance, ruleSets, clock }: EntitlementsDeps) {
  return async (workerId: string, region: SubsidyClaimDecidedData['region']) => {
    const today = chinaDate(clock());
    const [state, held, standing, { state: registry }] = await Promise.all([
      claimants.read(workerId),
      certificates.ofWorker(workerId),
      insurance.insuredOn(workerId, today),
      ruleSets.read(),
    ]);
    const priorClaims = countingClaims(state);
    const year = Number(today.slice(0, 4));
    const claim = { kind: 'skill-upgrade' as const, claimedOn: today, region, workerId };
    return {
      workerId,
      region,
      asOf: today,
      countedThisYear: priorClaims.filter((c) => c.countsInYear === year).length,
      certificates: held
        .filter((c) => c.status !== 'revoked')
        .map((record) => ({
          certificateNo: record.certificateNo,
          occupationCode: record.occupationCode,
          occupationName: record.occupationName,
          level: record.level,
          decision: judgeClaim({
            claim,
            certificate: certificateFacts(record),
            priorClaims,
            insurance: standing,
            shortageLists: sichuanShortageLists,
            ruleSets: registry.ruleSets,
          }),
        })),
    };
  };
}

export type Entitlements = ReturnType<typeof entitlements>;
