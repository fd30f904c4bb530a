import {
  type InsuranceStanding,
  type ShortageList,
  ShortageListSchema,
  type SubsidyRuleSet,
  SubsidyRuleSetSchema,
} from '@tianfu/contracts';
import type {
  ApprenticeshipFacts,
  CertificateFacts,
  ClaimInput,
  CompletionFacts,
  PriorClaim,
  SubsidyClaim,
} from '../src/index.ts';
import { sichuanRuleSets } from '../src/index.ts';

export const worker = 'a1'.repeat(32);
export const otherWorker = 'b2'.repeat(32);
/** 中式烹调师 */
export const cook = '4-03-02-01';
/** An occupation the test lists as 急需紧缺. */
export const welder = '6-18-02-04';

export const certificate = (fields: Partial<CertificateFacts> = {}): CertificateFacts => ({
  certificateNo: 'Y000051000001254001000001',
  holderWorkerId: worker,
  occupationCode: cook,
  level: 'level4',
  issuedOn: '2025-01-10',
  status: 'valid',
  ...fields,
});

let priorNo = 0;
export const prior = (fields: Partial<PriorClaim> = {}): PriorClaim => {
  priorNo += 1;
  return {
    claimId: `prior-${priorNo}`,
    kind: 'skill-upgrade',
    occupationCode: `4-0${priorNo % 10}-01-01`,
    level: 'level5',
    countsInYear: 2025,
    payee: 'worker',
    ...fields,
  };
};

const provinceSkillUpgrade = sichuanRuleSets.find((s) => s.ruleSetId === 'sc-skill-upgrade' && s.version === 2);
if (provinceSkillUpgrade === undefined) throw new Error('Sichuan data lost sc-skill-upgrade v2');

/** Not Sichuan data: a 市(州) rule set the tests make up, to show a city's own winning and an uplift. */
const chengduSkillUpgrade: SubsidyRuleSet = SubsidyRuleSetSchema.parse({
  ...provinceSkillUpgrade,
  ruleSetId: 'test-chengdu-skill-upgrade',
  version: 1,
  region: '510100',
  effectiveFrom: '2025-06-01',
  effectiveTo: null,
  publishedOn: '2025-05-20',
  source: { document: 'a test rule set of 成都 (not a real document)', url: null },
  parameters: {
    ...provinceSkillUpgrade.parameters,
    shortageUpliftPercent: {
      value: 20,
      clause: { document: 'a test rule set of 成都 (not a real document)', article: '急需紧缺 +20%', url: null },
      confirmed: false,
    },
  },
});

export const ruleSets: readonly SubsidyRuleSet[] = [...sichuanRuleSets, chengduSkillUpgrade];

/** Not Sichuan data: 急需紧缺 lists the tests make up, one of the province and one of 成都. */
export const shortageLists: readonly ShortageList[] = [
  { listId: 'test-sichuan-shortage', region: '510000', from: '2024-01-01' },
  { listId: 'test-chengdu-shortage', region: '510100', from: '2025-01-01' },
].map(({ listId, region, from }) =>
  ShortageListSchema.parse({
    listId,
    region,
    entries: [{ occupationCode: welder, from, to: null }],
    clause: { document: 'a test 急需紧缺 list (not a real document)', article: 'the occupations listed' },
    confirmed: false,
  }),
);

/** A subsidised 四级 中式烹调师 class of a provider, completed by the worker on 2025-01-05. */
export const completion = (fields: Partial<CompletionFacts> = {}): CompletionFacts => ({
  classId: 'class-cook-4',
  providerId: 'prov-1',
  occupationCode: cook,
  targetLevel: 'level4',
  subsidised: true,
  deliveryModel: 'order',
  outcome: { completed: true, on: '2025-01-05' },
  targetGroups: ['employment-difficulty'],
  ...fields,
});

/** A two-year apprenticeship from 2025-03-01 aimed at 四级 中式烹调师; year 1's advance. */
export const apprenticeship = (fields: Partial<ApprenticeshipFacts> = {}): ApprenticeshipFacts => ({
  apprenticeshipId: 'app-1',
  agreementYear: 1,
  stage: 'advance',
  employerCode: '91510100MA61R2XK3T',
  occupationCode: cook,
  targetLevel: 'level4',
  startsOn: '2025-03-01',
  plannedEndOn: '2027-02-28',
  completedOn: null,
  terminatedOn: null,
  ...fields,
});

export interface InputFields {
  readonly claim?: Partial<SubsidyClaim>;
  readonly certificate?: CertificateFacts | null;
  readonly priorClaims?: readonly PriorClaim[];
  readonly insurance?: InsuranceStanding;
  readonly completion?: CompletionFacts | null;
  readonly apprenticeship?: ApprenticeshipFacts | null;
}

/** Insured without a break since the day. */
export const insuredSince = (since: string): InsuranceStanding => ({ status: 'insured', since, until: null });

/** A 绵阳 worker's 技能提升补贴 claim for their 四级 certificate, insured for years, nothing claimed before. */
export const claimInput = (fields: InputFields = {}): ClaimInput => ({
  claim: { kind: 'skill-upgrade', claimedOn: '2025-03-01', region: '510703', workerId: worker, ...fields.claim },
  certificate: fields.certificate === undefined ? certificate() : fields.certificate,
  priorClaims: fields.priorClaims ?? [],
  insurance: fields.insurance ?? insuredSince('2020-01-01'),
  shortageLists,
  ruleSets,
  completion: fields.completion ?? null,
  apprenticeship: fields.apprenticeship ?? null,
});
