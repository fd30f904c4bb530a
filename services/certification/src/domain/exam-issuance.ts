import type { CandidatePassedData, EventEnvelope } from '@tianfu/contracts';
import { certificateIdFor, type Issuance } from './issuance.ts';

/** Names the assessment an exam certificate came from; a later outcome of it finds the certificate by this. */
export const examReference = ({ sessionId, candidateId }: { sessionId: string; candidateId: string }): string =>
  `session ${sessionId} candidate ${candidateId}`;

/**
 * The exam path: the issuing body is the assessment's body ("谁评价、谁发证", docs/domain.md §2.1),
 * dated the day the candidate sat and passed it: the session's date, the day the cause happened in
 * the world. Not the instant the marks were recorded (a body may enter a session's marks weeks
 * later, or a correction turn the outcome round a year on), nor the day certification processed
 * the event, so a redelivery or replay can never re-date it. A pass that supersedes an earlier
 * failure issues like any other: the id still derives from its event.
 */
export function examIssuance(event: EventEnvelope<'assessment.CandidatePassed', CandidatePassedData>): Issuance {
  const passed = event.data;
  return {
    certificateId: certificateIdFor(event.eventId),
    workerId: passed.workerId,
    holderName: passed.holderName,
    body: { bodyId: passed.bodyId, filingNo: passed.filingNo, bodyName: passed.bodyName },
    occupationCode: passed.occupationCode,
    workType: passed.workType,
    level: passed.level,
    issuedOn: passed.sessionDate,
    basis: {
      path: 'exam',
      sourceEventId: event.eventId,
      reference: examReference(passed),
    },
    certificateNo: null,
  };
}
