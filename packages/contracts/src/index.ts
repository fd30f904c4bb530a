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
  BodyCategorySchema,
  BodyRegistered,
  BodyRegisteredV1,
  BodyReinstated,
  BodySuspended,
} from './events/assessment/body-events.ts';
export {
  AssessmentPartSchema,
  CertifiedLevelSchema,
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
export type {
  ContestEventPlan,
  ContestResult,
  EntrantTrack,
  IssuingBody,
  Medal,
} from './events/competition/competition-fields.ts';
export {
  ContestEventPlanSchema,
  ContestResultSchema,
  IssuingBodySchema,
} from './events/competition/competition-fields.ts';
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
export type { CompetitionTier, PromotionAwardedData } from './events/competition/promotion-events.ts';
export {
  CompetitionTierSchema,
  EntrantTrackSchema,
  MedalSchema,
  PromotionAwarded,
  PromotionAwardedV1,
} from './events/competition/promotion-events.ts';
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
export type {
  AppointmentEndedData,
  AppointmentMadeData,
  AppointmentRenewedData,
} from './events/talent/appointment-events.ts';
export {
  AppointedPostSchema,
  AppointmentBasisSchema,
  AppointmentEnded,
  AppointmentMade,
  AppointmentRenewed,
} from './events/talent/appointment-events.ts';
export type { BaseRegisteredData } from './events/talent/base-events.ts';
export {
  BaseKindSchema,
  BaseLevelSchema,
  BaseRegistered,
  BaseRegisteredV1,
  isNamedAfterMaster,
} from './events/talent/base-events.ts';
export type { HonourGrantedData, HonourRevokedData } from './events/talent/honour-events.ts';
export { HonourGranted, HonourRevoked, HonourSourceSchema } from './events/talent/honour-events.ts';
export { talentEvents } from './events/talent/talent-events.ts';
export { chinaDate } from './identity/calendar-date.ts';
export { maskHolderName, normaliseHolderName } from './identity/holder-name-text.ts';
export type { IdDocument, IdDocumentProblem } from './identity/id-document.ts';
export { IdDocumentSchema, IdTypeSchema, normaliseIdDocument } from './identity/id-document.ts';
export type { IdType, IdTypeRule } from './identity/id-types.ts';
export { idTypeRule, idTypeRules, idTypes } from './identity/id-types.ts';
export { maskIdNumber } from './identity/mask-id-number.ts';
export type { ResidentId, ResidentIdOptions, ResidentIdProblem } from './identity/resident-id.ts';
export { checkResidentId, normaliseIdText, ResidentIdNumberSchema, residentId15To18 } from './identity/resident-id.ts';
export { residentIdCheckChar, residentIdCheckChars, residentIdWeights } from './identity/resident-id-check-char.ts';
export type { SealedName } from './identity/sealed-name.ts';
export { SealedNameSchema } from './identity/sealed-name.ts';
export type { WorkerId } from './identity/worker-id.ts';
export { deriveWorkerId, minPlatformKeyBytes, WorkerIdSchema } from './identity/worker-id.ts';
export type { StorablePath, StorableProblem, StorableProblemCode } from './storable/storable-problems.ts';
export { storableProblems } from './storable/storable-problems.ts';
export { StorableSchema, storable } from './storable/storable-schema.ts';
export type { TopicName } from './topics.ts';
export { allTopics, deadLetterTopic, Topics } from './topics.ts';
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
export type { Checked } from './values/checked.ts';
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
export type { UsccProblem } from './values/unified-social-credit-code.ts';
export {
  checkUnifiedSocialCreditCode,
  UnifiedSocialCreditCodeSchema,
  usccCharset,
  usccCheckChar,
  usccWeights,
} from './values/unified-social-credit-code.ts';
