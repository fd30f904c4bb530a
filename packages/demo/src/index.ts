export type {
  Appointment,
  Background,
  BodyCategory,
  CertificateView,
  CertifiedLevel,
  CompetitionTier,
  ContestEventView,
  ContestResult,
  Entrant,
  HonourGrant,
  IdDocument,
  NewBase,
  NewBody,
  NewCompetition,
  NewExaminer,
  NewSupervisor,
  PartScores,
  Person,
  SessionPlan,
} from './api-types.ts';
export { fileOccupation, grantOrganiser } from './authority.ts';
export type { Ladder, TalentPoolPage } from './career-answers.ts';
export { ladderOf, lookupWorker } from './career-answers.ts';
export { certificateNumber } from './certificate-numbers.ts';
export { certificateOf } from './certificates.ts';
export type { DevTokens, TokenSubject } from './dev-tokens.ts';
export type { Deadline } from './eventually.ts';
export { found, onceAccepted, until } from './eventually.ts';
export { birthYearsFor, declaredBackground } from './exam/declared-backgrounds.ts';
export { markedScores, partsOf, passes } from './exam/part-scores.ts';
export type { JourneyCast } from './journey/journey-cast.ts';
export { journeyCast } from './journey/journey-cast.ts';
export type { DemoPeople, DemoPerson } from './people/demo-people.ts';
export { demoPeople } from './people/demo-people.ts';
export type { Platform } from './platform.ts';
export { connectPlatform, platformClients } from './platform.ts';
export { fileWhenCatalogued, onceCatalogued } from './seed/catalogued-filing.ts';
export { demoOccupations } from './seed/demo-occupations.ts';
export { seedCatalogue } from './seed/seed-catalogue.ts';
export type { Part, PartScore, SheetCandidate } from './sheets.ts';
export { enrolmentSheet, scoreRows, scoreSheet } from './sheets.ts';
export { registerSupervisor } from './supervisors.ts';
