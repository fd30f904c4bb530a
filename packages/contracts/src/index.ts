export type { Actor, EventEnvelope, NewEvent } from './envelope.ts';
export { ActorSchema, EventEnvelopeSchema, messageKey } from './envelope.ts';
export type { ContractError } from './errors/contract-error.ts';
export { contractError, isContractError } from './errors/contract-error.ts';
export { withAddedFields } from './events/added-fields.ts';
export { assessmentEvents } from './events/assessment/assessment-events.ts';
export type { ExaminerRegisteredData, SupervisorRegisteredData } from './events/assessment/assessor-events.ts';
export {
  ExaminerQualificationSchema,
  ExaminerRegistered,
  SupervisorCardNoSchema,
  SupervisorRegistered,
} from './events/assessment/assessor-events.ts';
export type {
  BodyRegisteredData,
  BodyReinstatedData,
  BodySuspendedData,
} from './events/assessment/body-events.ts';
export {
  BodyRegistered,
  BodyRegisteredV1,
  BodyReinstated,
  BodySuspended,
} from './events/assessment/body-events.ts';
export {
  AssessmentPartSchema,
  PartScoreSchema,
  PartScoresSchema,
} from './events/assessment/fields.ts';
export type { FilingWithdrawnData, OccupationFiledData } from './events/assessment/filing-events.ts';
export { FilingWithdrawn, OccupationFiled } from './events/assessment/filing-events.ts';
export type {
  CandidateFailedData,
  CandidatePassedData,
  PartScoreCorrectedData,
  PartScoreRecordedData,
} from './events/assessment/outcome-events.ts';
export {
  CandidateFailed,
  CandidateFailedV1,
  CandidatePassed,
  CandidatePassedV1,
  PartScoreCorrected,
  PartScoreRecorded,
} from './events/assessment/outcome-events.ts';
export type {
  CandidateEnrolledData,
  EligibilityRecord,
  SessionAmendedData,
  SessionClosedData,
  SessionScheduledData,
  SheetAcceptedData,
} from './events/assessment/session-events.ts';
export {
  CandidateEnrolled,
  CandidateEnrolledV1,
  EligibilityRecordSchema,
  SessionAmended,
  SessionClosed,
  SessionExaminerSchema,
  SessionScheduled,
  SheetAccepted,
} from './events/assessment/session-events.ts';
export { catalogueEvents } from './events/catalogue/catalogue-events.ts';
export type { GroupAddedData, GroupAmendedData } from './events/catalogue/group-events.ts';
export { GroupAdded, GroupAmended } from './events/catalogue/group-events.ts';
export type {
  OccupationAddedData,
  OccupationAmendedData,
  OccupationFields,
  OccupationRetiredData,
} from './events/catalogue/occupation-events.ts';
export {
  OccupationAdded,
  OccupationAmended,
  OccupationFieldsSchema,
  OccupationRetired,
  WorkTypesSchema,
} from './events/catalogue/occupation-events.ts';
export type {
  SpecialAbilityAddedData,
  SpecialAbilityAmendedData,
  SpecialAbilityFields,
  SpecialAbilityRetiredData,
} from './events/catalogue/special-ability-events.ts';
export {
  SpecialAbilityAdded,
  SpecialAbilityAmended,
  SpecialAbilityFieldsSchema,
  SpecialAbilityRetired,
} from './events/catalogue/special-ability-events.ts';
export type {
  StandardAddedData,
  StandardAmendedData,
  StandardFields,
  StandardRetiredData,
  StandardSupersededData,
} from './events/catalogue/standard-events.ts';
export {
  StandardAdded,
  StandardAmended,
  StandardFieldsSchema,
  StandardRetired,
  StandardSuperseded,
} from './events/catalogue/standard-events.ts';
export type {
  CertificateIssuedData,
  CertificateReinstatedData,
  CertificateReissuedData,
  CertificateRevokedData,
  CertificateSuspendedData,
  StatusEntry,
} from './events/certification/certificate-events.ts';
export {
  CertificateIssued,
  CertificateReinstated,
  CertificateReissued,
  CertificateRevoked,
  CertificateSuspended,
  certificationEvents,
  IssuanceBasisSchema,
  RevocationReasonSchema,
  StatusEntrySchema,
} from './events/certification/certificate-events.ts';
export { competitionEvents } from './events/competition/competition-events.ts';
export type { ContestEventPlan, IssuingBody } from './events/competition/competition-fields.ts';
export { ContestEventPlanSchema, IssuingBodySchema } from './events/competition/competition-fields.ts';
export type {
  CompetitionRegisteredData,
  EntrantRegisteredData,
} from './events/competition/competition-registration-events.ts';
export { CompetitionRegistered, EntrantRegistered } from './events/competition/competition-registration-events.ts';
export type { CompetitionHonour, HonourEarnedData } from './events/competition/honour-events.ts';
export {
  CompetitionHonourSchema,
  competitionHonours,
  HonourEarned,
  HonourEarnedV1,
} from './events/competition/honour-events.ts';
export type { OrganiserGrantSetData } from './events/competition/organiser-events.ts';
export { OrganiserGrantSet } from './events/competition/organiser-events.ts';
export type { PromotionAwardedData } from './events/competition/promotion-events.ts';
export { PromotionAwarded, PromotionAwardedV1 } from './events/competition/promotion-events.ts';
export type {
  ContestEventConfirmedData,
  ResultCorrectedData,
  ResultsPublishedData,
} from './events/competition/result-events.ts';
export { ContestEventConfirmed, ResultCorrected, ResultsPublished } from './events/competition/result-events.ts';
export type { AnyEventDefinition, EventDefinition, EventDefinitionInput } from './events/event-definition.ts';
export { defineEvent } from './events/event-definition.ts';
export type { EventDispatch, EventHandlers, ParsedEventOf } from './events/event-dispatch.ts';
export { eventDispatch } from './events/event-dispatch.ts';
export type { EventContractError, EventContractErrorCode } from './events/event-errors.ts';
export { isEventContractError, isEventSchemaInvalidError, isUnknownEventTypeError } from './events/event-errors.ts';
export type { EventRegistry, ValidatedNewEvent } from './events/event-registry.ts';
export { createEventRegistry } from './events/event-registry.ts';
export type { LatestDefinitions, ParsedEvent } from './events/latest-definitions.ts';
export type { SubsidyBudgetAllocatedData } from './events/subsidy/budget-events.ts';
export { SubsidyBudgetAllocated } from './events/subsidy/budget-events.ts';
export type {
  ClaimPayee,
  SubsidyClaimBatchedData,
  SubsidyClaimClawedBackData,
  SubsidyClaimDecidedData,
  SubsidyClaimPaidData,
  SubsidyClaimReviewedData,
} from './events/subsidy/claim-events.ts';
export {
  BatchIdSchema,
  ClaimIdSchema,
  ClaimPayeeSchema,
  SubsidyClaimBatched,
  SubsidyClaimClawedBack,
  SubsidyClaimDecided,
  SubsidyClaimPaid,
  SubsidyClaimReviewed,
  subsidyClaimEvents,
} from './events/subsidy/claim-events.ts';
export type { InsurancePeriodRecordedData } from './events/subsidy/insurance-events.ts';
export { InsurancePeriodRecorded } from './events/subsidy/insurance-events.ts';
export type {
  BatchLine,
  SubsidyPaymentBatchAssembledData,
  SubsidyPaymentBatchLineDroppedData,
  SubsidyPaymentBatchPaidData,
} from './events/subsidy/payment-batch-events.ts';
export {
  BatchLineSchema,
  SubsidyPaymentBatchAssembled,
  SubsidyPaymentBatchLineDropped,
  SubsidyPaymentBatchPaid,
  subsidyPaymentBatchEvents,
} from './events/subsidy/payment-batch-events.ts';
export type {
  SubsidyRuleSetPublishedData,
  SubsidyRuleSetSupersededData,
} from './events/subsidy/rule-set-events.ts';
export {
  SubsidyRuleSetPublished,
  SubsidyRuleSetSuperseded,
  subsidyRuleSetEvents,
} from './events/subsidy/rule-set-events.ts';
export { subsidyEvents } from './events/subsidy/subsidy-events.ts';
export type {
  AppointmentEndedData,
  AppointmentMadeData,
  AppointmentRenewedData,
} from './events/talent/appointment-events.ts';
export {
  AppointmentBasisSchema,
  AppointmentEnded,
  AppointmentMade,
  AppointmentRenewed,
} from './events/talent/appointment-events.ts';
export type { BaseRegisteredData } from './events/talent/base-events.ts';
export {
  BaseRegistered,
  BaseRegisteredV1,
  isNamedAfterMaster,
} from './events/talent/base-events.ts';
export type { HonourGrantedData, HonourRevokedData } from './events/talent/honour-events.ts';
export { HonourGranted, HonourGrantedV1, HonourRevoked, HonourSourceSchema } from './events/talent/honour-events.ts';
export { talentEvents } from './events/talent/talent-events.ts';
export type {
  ApprenticeshipAgreedData,
  ApprenticeshipCompletedData,
  ApprenticeshipProgressRecordedData,
  ApprenticeshipTerminatedData,
} from './events/training/apprenticeship-events.ts';
export {
  ApprenticeshipAgreed,
  ApprenticeshipCompleted,
  ApprenticeshipProgressRecorded,
  ApprenticeshipTerminated,
  ApprenticeshipTerminatedV1,
  apprenticeshipEvents,
} from './events/training/apprenticeship-events.ts';
export type { ClassFiledData } from './events/training/class-events.ts';
export { ClassFiled } from './events/training/class-events.ts';
export type {
  AttendanceCorrectedData,
  AttendanceSignedInData,
  AttendanceVoidedData,
} from './events/training/enrolment-attendance-events.ts';
export {
  AttendanceCorrected,
  AttendanceSignedIn,
  AttendanceVoided,
} from './events/training/enrolment-attendance-events.ts';
export type {
  ClassCompletedData,
  TraineeCompletedData,
  TraineeNotCompletedData,
} from './events/training/enrolment-completion-events.ts';
export {
  ClassCompleted,
  TraineeCompleted,
  TraineeNotCompleted,
} from './events/training/enrolment-completion-events.ts';
export { enrolmentEvents } from './events/training/enrolment-event-list.ts';
export type { RosterSheetAcceptedData, TraineeEnrolledData } from './events/training/enrolment-events.ts';
export { RosterSheetAccepted, TraineeEnrolled } from './events/training/enrolment-events.ts';
export { DeviceIdSchema, HoursSchema, VoucherIdSchema } from './events/training/enrolment-fields.ts';
export type {
  VoucherIssuedData,
  VoucherRedeemedData,
  VoucherReleasedData,
} from './events/training/enrolment-voucher-events.ts';
export { VoucherIssued, VoucherRedeemed, VoucherReleased } from './events/training/enrolment-voucher-events.ts';
export type {
  ProviderGradedData,
  ProviderRegisteredData,
  ProviderReinstatedData,
  ProviderRemovedData,
  ProviderSuspendedData,
} from './events/training/provider-events.ts';
export {
  ProviderGraded,
  ProviderRegistered,
  ProviderReinstated,
  ProviderRemoved,
  ProviderSuspended,
} from './events/training/provider-events.ts';
export { trainingEvents } from './events/training/training-events.ts';
export { chinaDate } from './identity/calendar-date.ts';
export { maskHolderName, normaliseHolderName } from './identity/holder-name-text.ts';
export type { IdDocument, IdDocumentProblem } from './identity/id-document.ts';
export { birthDateOfDocument, IdDocumentSchema, IdTypeSchema, normaliseIdDocument } from './identity/id-document.ts';
export type { IdType, IdTypeRule } from './identity/id-types.ts';
export { idTypeRule, idTypeRules, idTypes } from './identity/id-types.ts';
export { maskIdNumber } from './identity/mask-id-number.ts';
export type { ResidentId, ResidentIdOptions, ResidentIdProblem } from './identity/resident-id.ts';
export { checkResidentId, normaliseIdText, ResidentIdNumberSchema, residentId15To18 } from './identity/resident-id.ts';
export { residentIdCheckChar, residentIdCheckChars, residentIdWeights } from './identity/resident-id-check-char.ts';
export type { SealedName } from './identity/sealed-name.ts';
export { SealedNameSchema } from './identity/sealed-name.ts';
export type { SealedTargetGroups } from './identity/sealed-target-groups.ts';
export { SealedTargetGroupsSchema } from './identity/sealed-target-groups.ts';
export type { WorkerId } from './identity/worker-id.ts';
export { deriveWorkerId, minPlatformKeyBytes, WorkerIdSchema } from './identity/worker-id.ts';
export type { StorablePath, StorableProblem, StorableProblemCode } from './storable/storable-problems.ts';
export { storableProblems } from './storable/storable-problems.ts';
export { StorableSchema, storable } from './storable/storable-schema.ts';
export type { TopicName } from './topics.ts';
export { allTopics, deadLetterTopic, Topics } from './topics.ts';
export { AppointedPostSchema, AppointSchema, EndSchema, RenewSchema } from './values/appointment-request.ts';
export { BaseKindSchema, BaseLevelSchema, RegisterBaseSchema } from './values/base-registration.ts';
export { BodyCategorySchema } from './values/body-category.ts';
export type { FilingRequest, RegisterBodyRequest } from './values/body-registration.ts';
export { BodyIdSchema, FilingRequestSchema, RegisterBodySchema } from './values/body-registration.ts';
export { CaseRefSchema } from './values/case-ref.ts';
export type { OccupationGroupRank, OccupationKind } from './values/catalogue-codes.ts';
export {
  groupRankOf,
  LevelSetSchema,
  OccupationGroupCodeSchema,
  OccupationKindSchema,
  occupationGroupCodePattern,
  parentCodeOf,
  SpecialAbilityCodeSchema,
  StandardVersionSchema,
  standardYearOf,
} from './values/catalogue-codes.ts';
export type {
  BodyKind,
  CertificateNo,
  CertificateNoParts,
  CertificateNumberKind,
  CertificateNumberProblem,
  NumberLayout,
  NumberSegment,
  RecognisedCertificateNumber,
} from './values/certificate-number/index.ts';
export {
  AnyCertificateNumberSchema,
  BodyFilingNoSchema,
  buildCertificateNo,
  CertificateNoPartsSchema,
  CertificateNoSchema,
  certificateNoPattern,
  certificateNoPrefix,
  certificateNumberFormats,
  classifyCertificateNumber,
  isCertificateNo,
  parseCertificateNo,
  principalTechnicianLayout,
  skillLevelCertificateLayout,
  vocationalQualificationLayout,
} from './values/certificate-number/index.ts';
export { CertifiedLevelSchema } from './values/certified-level.ts';
export type { Checked } from './values/checked.ts';
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
export type { AppliedCompletionRule, CompletionRule } from './values/completion-rule.ts';
export {
  AppliedCompletionRuleSchema,
  CompletionRuleSchema,
  CompletionRulesSchema,
} from './values/completion-rule.ts';
export type { EligibilityDeviation } from './values/eligibility-clause.ts';
export {
  CertifiedLevelKeySchema,
  EligibilityClauseSchema,
  EligibilityDeviationSchema,
  EligibilityRuleSchema,
  EligibilityTemplateSchema,
  schoolings,
  titleGrades,
} from './values/eligibility-clause.ts';
export type { HonourChannel, HonourCode, HonourEntry } from './values/honour.ts';
export { findHonour, HonourCodeSchema, honourCatalogue } from './values/honour.ts';
export type { InsuranceImportRequest, InsurancePeriodRow } from './values/insurance-period.ts';
export { InsuranceImportSchema, InsurancePeriodRowSchema } from './values/insurance-period.ts';
export { nameBasedId } from './values/name-based-id.ts';
export type { OccupationCode, OccupationCodeParts } from './values/occupation-code.ts';
export {
  assessableMajorGroups,
  isAssessableOccupation,
  isOccupationCode,
  OccupationCodeSchema,
  occupationCodeParts,
  occupationCodePattern,
} from './values/occupation-code.ts';
export type { RegionCode } from './values/region-code.ts';
export {
  isSichuanRegion,
  RegionCodeSchema,
  SichuanRegionCodeSchema,
  sichuanRegion,
  sichuanRegionContaining,
} from './values/region-code.ts';
export type { SichuanRegion, SichuanRegionCode, SichuanRegionKind } from './values/sichuan-regions.ts';
export { sichuanRegions } from './values/sichuan-regions.ts';
export {
  CertificateDigitSchema,
  certificateDigitOf,
  compareSkillLevels,
  isAtLeastSkillLevel,
  isCertificateDigit,
  isHighSkillLevel,
  SkillLevelKeySchema,
  skillLevel,
  skillLevelByOrdinal,
  skillLevelFromDigit,
} from './values/skill-level.ts';
export type {
  CertificateDigit,
  SkillLevelArtefact,
  SkillLevelKey,
  SkillLevelObtainedBy,
  SkillLevelOrdinal,
  SkillLevelStep,
} from './values/skill-level-table.ts';
export { skillLevelKeys, skillLevelTable } from './values/skill-level-table.ts';
export type {
  ApprenticeStage,
  CheckRule,
  CheckStatus,
  ClaimBasis,
  ClaimRequest,
  ClaimReview,
  InsuranceStanding,
  JudgedOn,
  Outcome,
  RuleCheck,
  RuleProblem,
  RuleSetRef,
  RuleValues,
  ShortageList,
  ShortageMatch,
  SubsidyClause,
  SubsidyDecision,
  SubsidyKind,
  SubsidyParameterName,
  SubsidyParameters,
  SubsidyRuleSet,
  SubsidyRuleSetInput,
  SubsidySource,
} from './values/subsidy/index.ts';
export {
  AgreementYearSchema,
  ApprenticeStageSchema,
  CheckRuleSchema,
  CheckStatusSchema,
  ClaimBasisSchema,
  ClaimRequestSchema,
  ClaimReviewSchema,
  certificateOnlyBasis,
  checkRules,
  cited,
  FenSchema,
  InsuranceStandingSchema,
  JudgedOnSchema,
  OutcomeSchema,
  RuleCheckSchema,
  RuleProblemSchema,
  RuleSetIdSchema,
  RuleSetRefSchema,
  RuleValuesSchema,
  requiredParameters,
  ShareSchema,
  ShortageEntrySchema,
  ShortageListSchema,
  ShortageMatchSchema,
  SubsidyClauseSchema,
  SubsidyDecisionSchema,
  SubsidyKindSchema,
  SubsidyParametersSchema,
  SubsidyRegionSchema,
  SubsidyRuleSetSchema,
  SubsidySourceSchema,
  sichuanProvinceCode,
  subsidyKinds,
} from './values/subsidy/index.ts';
export type { TextOptions, TextProblem, TextRule } from './values/text.ts';
export {
  clipText,
  isTextSchema,
  normaliseText,
  PersonNameSchema,
  ReasonSchema,
  text,
  textProblem,
  textRuleOf,
} from './values/text.ts';
export type {
  AgreeApprenticeshipRequest,
  CompleteApprenticeshipRequest,
  RecordApprenticeshipProgressRequest,
  TerminateApprenticeshipRequest,
} from './values/training/apprenticeship-requests.ts';
export {
  AgreeApprenticeshipSchema,
  CompleteApprenticeshipSchema,
  RecordApprenticeshipProgressSchema,
  TerminateApprenticeshipSchema,
} from './values/training/apprenticeship-requests.ts';
export type {
  AppliedDurationRule,
  ApprenticeshipDurationRule,
  Employer,
  TerminationReasonCode,
} from './values/training/apprenticeship-values.ts';
export {
  AppliedDurationRuleSchema,
  ApprenticeshipDurationRuleSchema,
  ApprenticeshipIdSchema,
  EmployerSchema,
  TerminationReasonCodeSchema,
  terminationReasonCodes,
} from './values/training/apprenticeship-values.ts';
export type { DeliveryModel, Sitting, TrainingBrand, TrainingKind } from './values/training/class-values.ts';
export {
  ClassCapacitySchema,
  ClassIdSchema,
  DeliveryModelSchema,
  deliveryModels,
  SittingSchema,
  TrainingBrandSchema,
  TrainingKindSchema,
  trainingBrands,
  trainingKinds,
} from './values/training/class-values.ts';
export type {
  CorrectAttendanceRequest,
  EnrolTraineeRequest,
  IssueVoucherRequest,
  SignInRequest,
  VoidAttendanceRequest,
} from './values/training/enrolment-requests.ts';
export {
  CorrectAttendanceSchema,
  EnrolTraineeSchema,
  IssueVoucherSchema,
  PastTraineeSchema,
  SignInSchema,
  VoidAttendanceSchema,
} from './values/training/enrolment-requests.ts';
export type { ProviderGrade, ProviderKind, TrainingItem } from './values/training/provider-values.ts';
export {
  ProviderGradeSchema,
  ProviderIdSchema,
  ProviderKindSchema,
  ProviderStatusSchema,
  providerKinds,
  TrainingItemSchema,
  TrainingItemsSchema,
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
export type { TrainingTargetGroup } from './values/training-target-group.ts';
export {
  TrainingTargetGroupSchema,
  TrainingTargetGroupsSchema,
  trainingTargetGroups,
} from './values/training-target-group.ts';
export type { UsccProblem } from './values/unified-social-credit-code.ts';
export {
  checkUnifiedSocialCreditCode,
  UnifiedSocialCreditCodeSchema,
  usccCharset,
  usccCheckChar,
  usccWeights,
} from './values/unified-social-credit-code.ts';
