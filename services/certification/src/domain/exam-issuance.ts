import { type CandidatePassedData, chinaDate, type EventEnvelope } from '@tianfu/contracts';
import { certificateIdFor, type Issuance } from './issuance.ts';

/** Names the assessment an exam certificate came from; a later outcome of it finds the certificate by this. */
export const examReference = ({ sessionId, candidateId }: { sessionId: string; candidateId: string }): string =>
  `session ${sessionId} candidate ${candidateId}`;

/**
 * The exam path: the issuing body is the assessment's body ("谁评价、谁发证", domain.md §2.1),
 * the date the day (in China) the outcome was decided. A pass that supersedes an earlier failure issues
 * like any other: the id still derives from its event.
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
    issuedOn: chinaDate(passed.decidedAt),
    basis: {
      path: 'exam',
      sourceEventId: event.eventId,
      reference: examReference(passed),
    },
    certificateNo: null,
  };
}
