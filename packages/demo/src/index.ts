export { certificateNumber } from './certificate-numbers.ts';
export type {
  AssessmentClient,
  Background,
  BodyCategory,
  BodyView,
  CandidateView,
  CertifiedLevel,
  IdDocument,
  NewBody,
  NewExaminer,
  NewSupervisor,
  PartScores,
  SessionPlan,
  SessionView,
  SheetReceipt,
} from './clients/assessment-client.ts';
export type { CareerClient, Indicators, Ladder, LadderStep, TalentPoolPage } from './clients/career-client.ts';
export type {
  CertificateView,
  CertificationClient,
  RevocationReason,
  Verification,
  VerifyRequest,
} from './clients/certification-client.ts';
export type {
  CompetitionClient,
  CompetitionTier,
  CompetitionView,
  ContestEventView,
  ContestResult,
  Entrant,
  NewCompetition,
  OrganiserView,
} from './clients/competition-client.ts';
export type {
  Appointment,
  AppointmentView,
  Employer,
  HonourGrant,
  NewBase,
  Person,
  TalentClient,
} from './clients/talent-client.ts';
export type { DevTokens, TokenSubject } from './dev-tokens.ts';
export type { Deadline } from './eventually.ts';
export { found, onceAccepted, until } from './eventually.ts';
export { birthYearsFor, declaredBackground } from './exam/declared-backgrounds.ts';
export { markedScores, partsOf, passes } from './exam/part-scores.ts';
export type { Problem, ProblemError } from './http/problem.ts';
export { isProblem } from './http/problem.ts';
export type { JourneyCast } from './journey/journey-cast.ts';
export { journeyCast } from './journey/journey-cast.ts';
export type { DemoPeople, DemoPerson } from './people/demo-people.ts';
export { demoPeople } from './people/demo-people.ts';
export type { Platform } from './platform.ts';
export { connectPlatform, platformClients } from './platform.ts';
export { fileWhenCatalogued } from './seed/catalogued-filing.ts';
export { demoOccupations } from './seed/demo-occupations.ts';
export { seedCatalogue } from './seed/seed-catalogue.ts';
export type { Part, PartScore, SheetCandidate } from './sheets.ts';
export { enrolmentSheet, scoreSheet } from './sheets.ts';
