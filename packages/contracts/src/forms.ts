// The values a browser form checks exactly as the API does, without the events, topics and Node
// modules the rest of the package brings: the console imports `@tianfu/contracts/forms`.
export { maskHolderName, normaliseHolderName } from './identity/holder-name-text.ts';
export { checkResidentId, normaliseIdText, ResidentIdNumberSchema } from './identity/resident-id.ts';
export { WorkerIdSchema } from './identity/worker-id-schema.ts';
export { AppointedPostSchema, AppointSchema, EndSchema, RenewSchema } from './values/appointment-request.ts';
export { BaseKindSchema, BaseLevelSchema, RegisterBaseSchema } from './values/base-registration.ts';
export { BodyCategorySchema } from './values/body-category.ts';
export type { FilingRequest, RegisterBodyRequest } from './values/body-registration.ts';
export { BodyIdSchema, FilingRequestSchema, RegisterBodySchema } from './values/body-registration.ts';
export {
  AnyCertificateNumberSchema,
  CertificateNoSchema,
  classifyCertificateNumber,
} from './values/certificate-number/index.ts';
export { CertifiedLevelSchema } from './values/certified-level.ts';
export type {
  CorrectResultRequest,
  PublishResultsRequest,
  RegisterCompetitionRequest,
  RegisterEntrantRequest,
} from './values/competition-requests.ts';
export {
  CompetitionRecordIdSchema,
  ConfirmResultsSchema,
  CorrectResultSchema,
  EntrantResultSchema,
  NewContestEventSchema,
  OrganiserGrantSchema,
  OrganiserIdSchema,
  PublishResultsSchema,
  RegisterCompetitionSchema,
  RegisterEntrantSchema,
} from './values/competition-requests.ts';
export type { CompetitionTier, ContestResult, EntrantTrack, Medal } from './values/competition-values.ts';
export {
  CompetitionTierSchema,
  ContestResultSchema,
  EntrantTrackSchema,
  MedalSchema,
} from './values/competition-values.ts';
export { findHonour, HonourCodeSchema, honourCatalogue } from './values/honour.ts';
export { OccupationCodeSchema } from './values/occupation-code.ts';
export type { RegionCode } from './values/region-code.ts';
export { RegionCodeSchema, SichuanRegionCodeSchema, sichuanRegion } from './values/region-code.ts';
export type { SichuanRegion, SichuanRegionCode } from './values/sichuan-regions.ts';
export { sichuanRegions } from './values/sichuan-regions.ts';
export { SkillLevelKeySchema, skillLevel } from './values/skill-level.ts';
export { skillLevelKeys, skillLevelTable } from './values/skill-level-table.ts';
export type { CheckRule, RuleValues, SubsidyKind } from './values/subsidy/index.ts';
export {
  ClaimRequestSchema,
  ClaimReviewSchema,
  SubsidyDecisionSchema,
  SubsidyKindSchema,
  SubsidyRegionSchema,
  sichuanProvinceCode,
  subsidyKinds,
} from './values/subsidy/index.ts';
export { PersonNameSchema, ReasonSchema } from './values/text.ts';
export {
  DeliveryModelSchema,
  deliveryModels,
  SittingSchema,
  TrainingBrandSchema,
  TrainingKindSchema,
  trainingBrands,
  trainingKinds,
} from './values/training/class-values.ts';
export {
  ProviderGradeSchema,
  ProviderIdSchema,
  ProviderKindSchema,
  ProviderStatusSchema,
  providerKinds,
} from './values/training/provider-values.ts';
export type {
  FileClassRequest,
  FilePastClassRequest,
  GradeProviderRequest,
  RegisterProviderRequest,
} from './values/training/training-requests.ts';
export {
  FileClassSchema,
  FilePastClassSchema,
  GradeProviderSchema,
  ProviderStatusChangeSchema,
  RegisterProviderSchema,
} from './values/training/training-requests.ts';
export { UnifiedSocialCreditCodeSchema } from './values/unified-social-credit-code.ts';
