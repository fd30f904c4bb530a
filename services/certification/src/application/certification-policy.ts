import {
  assessmentEvents,
  type CandidateFailedData,
  competitionEvents,
  createEventRegistry,
  type EventEnvelope,
  talentEvents,
} from '@tianfu/contracts';
import { isDomainError } from '@tianfu/decider';
import { appointmentIssuance } from '../domain/appointment-issuance.ts';
import { competitionIssuance } from '../domain/competition-issuance.ts';
import { examIssuance, examReference } from '../domain/exam-issuance.ts';
import type { Issuance } from '../domain/issuance.ts';
import type { CertificateCommands } from './certificate-commands.ts';
import type { IssueCertificate } from './certificate-issuer.ts';
import type { CertificateRecords } from './certificate-records.ts';

const registry = createEventRegistry([...assessmentEvents, ...competitionEvents, ...talentEvents]);

/** The events that may issue a certificate, each with its path. */
const paths: Readonly<Record<string, (event: never) => Issuance | null>> = {
  'assessment.CandidatePassed': examIssuance,
  'competition.PromotionAwarded': competitionIssuance,
  'talent.AppointmentMade': appointmentIssuance,
};

export interface PolicyDeps {
  readonly issue: IssueCertificate;
  readonly certificates: CertificateCommands;
  readonly records: CertificateRecords;
}

/**
 * What certification does with the assessment, competition and talent topics: a pass, a
 * confirmed promotion or a 特级技师 appointment becomes a certificate; a failure that supersedes a pass (a score corrected after
 * the fact) revokes the certificate that pass issued. Other events are not ours to act on. An
 * event is parsed (and upcast) by its contract first; one that fails goes to the dead-letter topic.
 */
export function certificationPolicy({ issue, certificates, records }: PolicyDeps) {
  const revokeSuperseded = async (event: EventEnvelope<'assessment.CandidateFailed', CandidateFailedData>) => {
    const earlier = await records.findOne({ basisPath: 'exam', basisReference: examReference(event.data) });
    if (earlier === null || earlier.status === 'revoked') return;
    const note = `outcome corrected to failed (event ${event.eventId})`;
    const caller = { actor: { kind: 'service' as const, id: 'certification' }, correlationId: event.correlationId };
    try {
      await certificates.revoke(earlier._id, { reason: 'outcome-superseded', note }, caller);
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'CERTIFICATE_ALREADY_REVOKED') throw error;
    }
  };

  return async (envelope: EventEnvelope): Promise<void> => {
    const toIssuance = paths[envelope.type];
    const supersedingFailure = envelope.type === 'assessment.CandidateFailed';
    if (toIssuance === undefined && !supersedingFailure) return;
    const event = registry.parse(envelope);
    if (toIssuance === undefined) {
      const failed = event as EventEnvelope<'assessment.CandidateFailed', CandidateFailedData>;
      if (failed.data.supersedes) await revokeSuperseded(failed);
      return;
    }
    const issuance = toIssuance(event as never);
    if (issuance === null) return;
    await issue(issuance, {
      actor: { kind: 'service', id: 'certification' },
      correlationId: event.correlationId,
      causationId: event.eventId,
    });
  };
}
