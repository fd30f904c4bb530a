import type {
  AppointmentEndedData,
  AppointmentMadeData,
  AppointmentRenewedData,
  BaseRegisteredData,
  BodyRegisteredData,
  CertificateIssuedData,
  CertificateRevokedData,
  CompetitionRegisteredData,
  EventEnvelope,
  HonourGrantedData,
  HonourRevokedData,
  ResultCorrectedData,
  ResultsPublishedData,
} from '@tianfu/contracts';
import { chinaDate } from '@tianfu/contracts';
import type { CareerFact } from './career-facts.ts';
import type { ReferenceFact } from './reference-facts.ts';

/** What one event adds to the read side: facts about workers, and reference facts joined when read. */
export interface ProjectedEvent {
  readonly facts: readonly CareerFact[];
  readonly references: readonly ReferenceFact[];
}

type Envelope<D> = EventEnvelope<string, D>;
const facts = (...list: CareerFact[]): ProjectedEvent => ({ facts: list, references: [] });
const reference = (fact: ReferenceFact): ProjectedEvent => ({ facts: [], references: [fact] });

const projections: Readonly<Record<string, (event: never) => ProjectedEvent>> = {
  'certification.CertificateIssued': ({ eventId, data }: Envelope<CertificateIssuedData>) =>
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
  'certification.CertificateRevoked': ({ eventId, data }: Envelope<CertificateRevokedData>) =>
    facts({
      kind: 'certificate-revoked',
      factId: eventId,
      workerId: data.workerId,
      date: chinaDate(data.at),
      certificateId: data.certificateId,
      reason: data.reason,
    }),
  'talent.HonourGranted': ({ eventId, data }: Envelope<HonourGrantedData>) =>
    facts({
      kind: 'honour',
      factId: eventId,
      workerId: data.workerId,
      date: data.grantedOn,
      grantId: data.grantId,
      honour: data.honour,
      round: data.round,
    }),
  'talent.HonourRevoked': ({ eventId, data }: Envelope<HonourRevokedData>) =>
    facts({
      kind: 'honour-revoked',
      factId: eventId,
      workerId: data.workerId,
      date: chinaDate(data.at),
      grantId: data.grantId,
    }),
  'talent.AppointmentMade': ({ eventId, data }: Envelope<AppointmentMadeData>) =>
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
  'talent.AppointmentRenewed': ({ eventId, data }: Envelope<AppointmentRenewedData>) =>
    facts({
      kind: 'appointment-renewed',
      factId: eventId,
      workerId: data.workerId,
      date: chinaDate(data.at),
      appointmentId: data.appointmentId,
      termEnd: data.termEnd,
    }),
  'talent.AppointmentEnded': ({ eventId, data }: Envelope<AppointmentEndedData>) =>
    facts({
      kind: 'appointment-ended',
      factId: eventId,
      workerId: data.workerId,
      date: data.endedOn,
      appointmentId: data.appointmentId,
      termEnd: null,
    }),
  'competition.ResultsPublished': ({ eventId, data }: Envelope<ResultsPublishedData>) =>
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
  'competition.ResultCorrected': ({ eventId, data }: Envelope<ResultCorrectedData>) =>
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
  'assessment.BodyRegistered': ({ data }: Envelope<BodyRegisteredData>) =>
    reference({ kind: 'body', referenceId: data.bodyId, name: data.name, regionCode: data.regionCode }),
  'competition.CompetitionRegistered': ({ data }: Envelope<CompetitionRegisteredData>) =>
    reference({
      kind: 'competition',
      referenceId: data.competitionId,
      name: data.name,
      tier: data.tier,
      year: data.year,
    }),
  'talent.BaseRegistered': ({ data }: Envelope<BaseRegisteredData>) =>
    reference({
      kind: 'base',
      referenceId: data.baseId,
      baseKind: data.kind,
      level: data.level,
      regionCode: data.regionCode,
      industry: data.industry,
      establishedOn: data.establishedOn,
    }),
};

const nothing: ProjectedEvent = { facts: [], references: [] };

/** The event types the career projection reads; every other one is skipped unparsed. */
export const projectedEventTypes: readonly string[] = Object.keys(projections);

/** What an event (parsed and upcast by its contract) adds to the read side; nothing for events the projection ignores. */
export function projectEvent(event: EventEnvelope): ProjectedEvent {
  const project = projections[event.type];
  return project === undefined ? nothing : project(event as never);
}
