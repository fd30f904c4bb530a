import type { ResponseBody } from '@tianfu/api-client';

/** The subsidy service's answers, as the generated client types them. */
export type RuleSet = ResponseBody<'subsidy', '/v1/rule-sets', 'get'>['ruleSets'][number];
export type CertificateFacts = ResponseBody<'subsidy', '/v1/certificates/{certificateNo}', 'get'>;
export type Claim = ResponseBody<'subsidy', '/v1/workers/{workerId}/claims/{claimId}', 'get'>;
export type Decision = Claim['decision'];
export type RuleCheck = Decision['checks'][number];
export type RegionTotals = ResponseBody<'subsidy', '/v1/regions/{region}/totals', 'get'>;
export type MonthTotals = RegionTotals['months'][number];
export type WaitingClaims = ResponseBody<'subsidy', '/v1/regions/{region}/waiting', 'get'>;
export type WaitingClaim = WaitingClaims['claims'][number];
export type Batch = ResponseBody<'subsidy', '/v1/batches/{batchId}', 'get'>;
export type BatchLine = Batch['lines'][number];
export type SubsidyRegion = RegionTotals['region'];
