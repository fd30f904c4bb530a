import { fileURLToPath } from 'node:url';
import {
  type AnyEventDefinition,
  ClaimRequestSchema,
  ClaimReviewSchema,
  InsuranceImportSchema,
  RuleSetRefSchema,
  SubsidyBudgetAllocated,
  SubsidyClaimClawedBack,
  SubsidyClaimDecided,
  SubsidyClaimReviewed,
  SubsidyParametersSchema,
  SubsidyRuleSetPublished,
  SubsidyRuleSetSchema,
  subsidyEvents,
} from '@tianfu/contracts';
import { sichuanPublications } from '@tianfu/subsidy-rules';
import { freeTextSuite, residentIdNumber } from '@tianfu/testing';
import { z } from 'zod';
import {
  AllocateBudgetSchema,
  AssembleBatchSchema,
  ClawBackSchema,
  ConfirmPaidSchema,
} from '../src/http/payment-schemas.ts';

const at = (event: AnyEventDefinition, path: string) => ({ event, path });
const published = (path: string) => [at(SubsidyRuleSetPublished, path)];
// Every clause of a rule set is free text an office types: each lands in the published event as sent.
const clauseTexts = Object.keys(SubsidyParametersSchema.shape).flatMap((name) =>
  ['document', 'article'].map((part) => `ruleSet.parameters.${name}.clause.${part}`),
);
const ruleSetTexts = ['ruleSet.source.document', ...clauseTexts];
const [shipped] = sichuanPublications;
const clause = { document: '四川省技能提升补贴政策通知', article: '第三条', url: null };
const stated = <T>(value: T) => ({ value, clause, confirmed: false });
// A rule set stating every parameter, so each clause is there to be fed.
const everyParameter = {
  ...shipped?.ruleSet,
  parameters: {
    ...shipped?.ruleSet.parameters,
    shortageUpliftPercent: stated(20),
    shortageExtraClaims: stated(2),
    apprenticeAmountPerYear: stated(400_000),
    apprenticeAdvanceShare: stated(0.5),
    livingAllowance: stated(30_000),
    livingAllowanceGroups: stated(['employment-difficulty']),
  },
};
// A decision cites the clauses of the rule set it used, and the source where a rule states none.
const cited = ['document', 'article'].flatMap((part) =>
  [...clauseTexts.filter((p) => p.endsWith(part)), ...(part === 'document' ? ['ruleSet.source.document'] : [])].map(
    (from) => ({
      from: at(SubsidyRuleSetPublished, from),
      to: at(SubsidyClaimDecided, `decision.checks.*.clause.${part}`),
    }),
  ),
);

freeTextSuite({
  httpDir: fileURLToPath(new URL('../src/http', import.meta.url)),
  routes: {
    'POST /v1/insurance': {
      body: InsuranceImportSchema,
      sample: {
        rows: [{ document: { idType: 'resident-id-card', idNumber: residentIdNumber(1) }, insuredSince: '2020-01-01' }],
      },
    },
    // A sheet is parsed row by row with its JSON route's row schema.
    'POST /v1/insurance.csv': { body: null },
    'POST /v1/rule-sets': {
      body: z.strictObject({ ruleSet: SubsidyRuleSetSchema, supersedes: RuleSetRefSchema.nullable() }),
      sample: { ruleSet: everyParameter, supersedes: null },
      text: Object.fromEntries(ruleSetTexts.map((path) => [path, published(path)])),
    },
    'POST /v1/claims': {
      body: ClaimRequestSchema,
      sample: { kind: 'skill-upgrade', certificateNo: 'S000051000164193000001', region: '510100' },
    },
    'POST /v1/workers/:workerId/claims/:claimId/review': {
      body: ClaimReviewSchema,
      sample: { outcome: 'approved', reason: '社保 record checked' },
      text: { reason: [at(SubsidyClaimReviewed, 'reason')] },
    },
    'POST /v1/regions/:region/budgets': {
      body: AllocateBudgetSchema,
      sample: { year: 2024, amountFen: 100_000_00, reference: '川财社〔2024〕12号' },
      text: { reference: [at(SubsidyBudgetAllocated, 'reference')] },
    },
    'POST /v1/batches': { body: AssembleBatchSchema, sample: { region: '510100', day: '2024-06-01' } },
    'POST /v1/batches/:batchId/paid': { body: ConfirmPaidSchema, sample: { paidOn: '2024-06-02' } },
    'POST /v1/workers/:workerId/claims/:claimId/clawback': {
      body: ClawBackSchema,
      sample: { reason: '虚假培训，套取补贴', caseRef: 'CASE-2025-001' },
      text: { reason: [at(SubsidyClaimClawedBack, 'reason')] },
    },
  },
  events: subsidyEvents,
  carries: cited,
  generated: {
    'subsidy.ClaimDecided decision.checks.*.explanation':
      'composed by the judge from checked values (codes, days, amounts) and the rule set’s ids, within 500 characters',
    'subsidy.PaymentBatchLineDropped reason':
      "the claimant stream's refusal of the line's claim (ids and a status), within 500 characters",
    'subsidy.ClaimDecided decision.shortage.clause.document':
      'from the shipped 急需紧缺 lists, parsed by ShortageListSchema',
    'subsidy.ClaimDecided decision.shortage.clause.article':
      'from the shipped 急需紧缺 lists, parsed by ShortageListSchema',
  },
  // certificateNo is checked at the edge (AnyCertificateNumberSchema); listId is the shipped list's;
  // reviewer is the signed token's subject.
  identifiers: ['workerId', 'importId', 'certificateNo', 'listId', 'reviewer'],
});
