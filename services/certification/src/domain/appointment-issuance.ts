import type { AppointmentMadeData, EventEnvelope } from '@tianfu/contracts';
import { certificateIdFor, type Issuance } from './issuance.ts';

/**
 * What the certificate's record says of its cause: an appointment whose prerequisite the talent
 * office overrode (破格) says so, with the reason, so no reader takes it for a rule-met appointment.
 */
function appointmentReference({ appointmentId, eligibility }: AppointmentMadeData): string {
  if (eligibility.basis === 'rule') return `appointment ${appointmentId}`;
  return `appointment ${appointmentId}, issued by override of the prerequisite (${eligibility.summary}): ${eligibility.reason}`.slice(
    0,
    300,
  );
}

/**
 * The appointment path: a 特级技师 appointment gets its certificate, in the appointing
 * enterprise's name and the 特级技师 number form (docs/domain.md §3.2), dated the term's start.
 * 首席技师 is a post with no certificate of its own (docs/domain.md §1), so it issues nothing.
 */
export function appointmentIssuance(
  event: EventEnvelope<'talent.AppointmentMade', AppointmentMadeData>,
): Issuance | null {
  const made = event.data;
  if (made.post !== 'principal-technician') return null;
  return {
    certificateId: certificateIdFor(event.eventId),
    workerId: made.workerId,
    holderName: made.holderName,
    body: made.employer,
    occupationCode: made.occupationCode,
    workType: made.workType,
    level: 'principal-technician',
    issuedOn: made.termStart,
    basis: { path: 'appointment', sourceEventId: event.eventId, reference: appointmentReference(made) },
    certificateNo: null,
  };
}
