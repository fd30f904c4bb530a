import {
  assessmentEvents,
  type CandidateFailedData,
  competitionEvents,
  createEventRegistry,
  type EventEnvelope,
  eventDispatch,
  talentEvents,
} from '@tianfu/contracts';
import { isDomainError } from '@tianfu/decider';
import { serviceCaller } from '@tianfu/service-kit';
import { appointmentIssuance } from '../domain/appointment-issuance.ts';
import { competitionIssuance } from '../domain/competition-issuance.ts';
import { examIssuance, examReference } from '../domain/exam-issuance.ts';
import type { Issuance } from '../domain/issuance.ts';
import type { CertificateCommands } from './certificate-commands.ts';
import type { IssueCertificate } from './certificate-issuer.ts';
import type { CertificateRecords } from './certificate-records.ts';

const registry = createEventRegistry([...assessmentEvents, ...competitionEvents, ...talentEvents]);

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
    try {
      await certificates.revoke(
        earlier._id,
        { reason: 'outcome-superseded', note },
        serviceCaller('certification', event),
      );
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'CERTIFICATE_ALREADY_REVOKED') throw error;
    }
  };

  const issueFrom = async (issuance: Issuance | null, event: EventEnvelope): Promise<void> => {
    if (issuance === null) return;
    await issue(issuance, serviceCaller('certification', event));
  };

  const dispatch = eventDispatch(registry, {
    'assessment.CandidatePassed': (event) => issueFrom(examIssuance(event), event),
    'competition.PromotionAwarded': (event) => issueFrom(competitionIssuance(event), event),
    'talent.AppointmentMade': (event) => issueFrom(appointmentIssuance(event), event),
    'assessment.CandidateFailed': async (event) => {
      if (event.data.supersedes) await revokeSuperseded(event);
    },
    'assessment.BodyRegistered': 'ignored',
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
    'assessment.SessionClosed': 'ignored',
    'assessment.SheetAccepted': 'ignored',
    'competition.CompetitionRegistered': 'ignored',
    'competition.EntrantRegistered': 'ignored',
    'competition.ResultsPublished': 'ignored',
    'competition.ResultCorrected': 'ignored',
    'competition.ContestEventConfirmed': 'ignored',
    'competition.HonourEarned': 'ignored',
    'competition.OrganiserGrantSet': 'ignored',
    'talent.HonourGranted': 'ignored',
    'talent.HonourRevoked': 'ignored',
    'talent.AppointmentRenewed': 'ignored',
    'talent.AppointmentEnded': 'ignored',
    'talent.BaseRegistered': 'ignored',
  });
  return async (envelope: EventEnvelope): Promise<void> => {
    await dispatch(envelope);
  };
}
