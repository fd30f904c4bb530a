import {
  type assessmentEvents,
  type certificationEvents,
  chinaDate,
  type competitionEvents,
  type EventHandlers,
  type talentEvents,
  type trainingEvents,
} from '@tianfu/contracts';
import type { CareerFact } from './career-facts.ts';
import { facts, type ProjectedEvent, reference } from './projected-event.ts';
import { trainingProjections } from './training-event-facts.ts';

export type { ProjectedEvent } from './projected-event.ts';

/** Every event of the five topics the projection reads, by type and version. */
export type CareerEventDefinition = (
  | typeof assessmentEvents
  | typeof certificationEvents
  | typeof competitionEvents
  | typeof talentEvents
  | typeof trainingEvents
)[number];

/** What each event (parsed and upcast by its contract) adds to the read side; the rest add nothing. */
export const careerProjections: EventHandlers<CareerEventDefinition, ProjectedEvent> = {
  'certification.CertificateIssued': ({ eventId, data }) =>
    facts({
      kind: 'certificate',
      factId: eventId,
      workerId: data.workerId,
      date: data.issuedOn,
      certificateId: data.certificateId,
      certificateNo: data.certificateNo,
      occupationCode: data.occupationCode,
      level: data.level,
      basis: data.basis.path,
      reference: data.basis.reference,
      bodyId: data.bodyId,
      holderName: data.holderName,
    }),
  'certification.CertificateRevoked': ({ eventId, data }) =>
    facts({
      kind: 'certificate-revoked',
      factId: eventId,
      workerId: data.workerId,
      date: chinaDate(data.at),
      certificateId: data.certificateId,
      reason: data.reason,
    }),
  'talent.HonourGranted': ({ eventId, data }) =>
    facts({
      kind: 'honour',
      factId: eventId,
      workerId: data.workerId,
      date: data.grantedOn,
      grantId: data.grantId,
      honour: data.honour,
      round: data.round,
    }),
  'talent.HonourRevoked': ({ eventId, data }) =>
    facts({
      kind: 'honour-revoked',
      factId: eventId,
      workerId: data.workerId,
      date: chinaDate(data.at),
      grantId: data.grantId,
    }),
  'talent.AppointmentMade': ({ eventId, data }) =>
    facts({
      kind: 'appointment',
      factId: eventId,
      workerId: data.workerId,
      date: data.termStart,
      appointmentId: data.appointmentId,
      post: data.post,
      occupationCode: data.occupationCode,
      employerName: data.employer.bodyName,
      termEnd: data.termEnd,
    }),
  'talent.AppointmentRenewed': ({ eventId, data }) =>
    facts({
      kind: 'appointment-renewed',
      factId: eventId,
      workerId: data.workerId,
      date: chinaDate(data.at),
      appointmentId: data.appointmentId,
      termEnd: data.termEnd,
    }),
  'talent.AppointmentEnded': ({ eventId, data }) =>
    facts({
      kind: 'appointment-ended',
      factId: eventId,
      workerId: data.workerId,
      date: data.endedOn,
      appointmentId: data.appointmentId,
      termEnd: null,
    }),
  'competition.ResultsPublished': ({ eventId, data }) =>
    facts(
      ...data.results.map(
        (result): CareerFact => ({
          kind: 'medal',
          factId: `${eventId}/${result.entrantId}`,
          workerId: result.workerId,
          date: chinaDate(data.publishedAt),
          competitionId: data.competitionId,
          contestEventId: data.contestEventId,
          entrantId: result.entrantId,
          medal: result.medal,
          rank: result.rank,
          at: data.publishedAt,
        }),
      ),
    ),
  'competition.ResultCorrected': ({ eventId, data }) =>
    facts({
      kind: 'medal',
      factId: eventId,
      workerId: data.workerId,
      date: chinaDate(data.correctedAt),
      competitionId: data.competitionId,
      contestEventId: data.contestEventId,
      entrantId: data.entrantId,
      medal: data.corrected.medal,
      rank: data.corrected.rank,
      at: data.correctedAt,
    }),
  'assessment.BodyRegistered': ({ data }) =>
    reference({ kind: 'body', referenceId: data.bodyId, name: data.name, regionCode: data.regionCode }),
  'competition.CompetitionRegistered': ({ data }) =>
    reference({
      kind: 'competition',
      referenceId: data.competitionId,
      name: data.name,
      tier: data.tier,
      year: data.year,
    }),
  'talent.BaseRegistered': ({ data }) =>
    reference({
      kind: 'base',
      referenceId: data.baseId,
      baseKind: data.kind,
      level: data.level,
      regionCode: data.regionCode,
      industry: data.industry,
      establishedOn: data.establishedOn,
    }),
  'assessment.BodySuspended': 'ignored',
  'assessment.BodyReinstated': 'ignored',
  'assessment.OccupationFiled': 'ignored',
  'assessment.FilingWithdrawn': 'ignored',
  'assessment.ExaminerRegistered': 'ignored',
  'assessment.SupervisorRegistered': 'ignored',
  'assessment.SessionScheduled': 'ignored',
  'assessment.SessionAmended': 'ignored',
  'assessment.CandidateEnrolled': 'ignored',
  'assessment.PartScoreRecorded': 'ignored',
  'assessment.PartScoreCorrected': 'ignored',
  'assessment.CandidatePassed': 'ignored',
  'assessment.CandidateFailed': 'ignored',
  'assessment.SessionClosed': 'ignored',
  'assessment.SheetAccepted': 'ignored',
  'certification.CertificateSuspended': 'ignored',
  'certification.CertificateReinstated': 'ignored',
  'certification.CertificateReissued': 'ignored',
  'competition.EntrantRegistered': 'ignored',
  'competition.ContestEventConfirmed': 'ignored',
  'competition.PromotionAwarded': 'ignored',
  'competition.HonourEarned': 'ignored',
  'competition.OrganiserGrantSet': 'ignored',
  ...trainingProjections,
};
