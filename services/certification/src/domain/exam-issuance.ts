import type { CandidatePassedData, EventEnvelope } from '@tianfu/contracts';
import { v5 as uuidv5 } from 'uuid';

/** Our namespace for certificate ids derived from other services' events (RFC 9562 v5). */
export const CERTIFICATE_ID_NAMESPACE = '8d3f6c2e-5b7a-4f1e-9c0d-2a6b4e8f1c37';

/** A certificate issued from an event has an id derived from that event: redelivery cannot issue twice. */
export const certificateIdFor = (sourceEventId: string): string => uuidv5(sourceEventId, CERTIFICATE_ID_NAMESPACE);

/** What the exam path (CandidatePassed → certificate) decides before a number is allocated. */
export interface ExamIssuance {
  readonly certificateId: string;
  readonly passed: CandidatePassedData;
  readonly sourceEventId: string;
  /** 发证日期: the day the outcome was decided (domain.md §3.1). */
  readonly issuedOn: string;
}

/**
 * The issuing body is the assessment's body ("谁评价、谁发证", domain.md §2.1). A passed outcome
 * that supersedes an earlier failure issues like any other: the id still derives from its event.
 */
export function examIssuance(event: EventEnvelope<'assessment.CandidatePassed', CandidatePassedData>): ExamIssuance {
  return {
    certificateId: certificateIdFor(event.eventId),
    passed: event.data,
    sourceEventId: event.eventId,
    issuedOn: event.data.decidedAt.slice(0, 10),
  };
}
