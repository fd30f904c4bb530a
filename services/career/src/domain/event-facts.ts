import type {
  AppointmentEndedData,
  AppointmentMadeData,
  AppointmentRenewedData,
  CertificateIssuedData,
  CertificateRevokedData,
  EventEnvelope,
  HonourGrantedData,
  HonourRevokedData,
} from '@tianfu/contracts';
import { chinaDate } from '@tianfu/contracts';
import type { CareerFact } from './career-facts.ts';

type Envelope<T extends string, D> = EventEnvelope<T, D>;

const mappers: Readonly<Record<string, (event: never) => CareerFact>> = {
  'certification.CertificateIssued': ({ eventId, data }: Envelope<'', CertificateIssuedData>) => ({
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
  }),
  'certification.CertificateRevoked': ({ eventId, data }: Envelope<'', CertificateRevokedData>) => ({
    kind: 'certificate-revoked',
    factId: eventId,
    workerId: data.workerId,
    date: chinaDate(data.at),
    certificateId: data.certificateId,
    reason: data.reason,
  }),
  'talent.HonourGranted': ({ eventId, data }: Envelope<'', HonourGrantedData>) => ({
    kind: 'honour',
    factId: eventId,
    workerId: data.workerId,
    date: data.grantedOn,
    grantId: data.grantId,
    honour: data.honour,
    round: data.round,
  }),
  'talent.HonourRevoked': ({ eventId, data }: Envelope<'', HonourRevokedData>) => ({
    kind: 'honour-revoked',
    factId: eventId,
    workerId: data.workerId,
    date: chinaDate(data.at),
    grantId: data.grantId,
  }),
  'talent.AppointmentMade': ({ eventId, data }: Envelope<'', AppointmentMadeData>) => ({
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
  'talent.AppointmentRenewed': ({ eventId, data }: Envelope<'', AppointmentRenewedData>) => ({
    kind: 'appointment-renewed',
    factId: eventId,
    workerId: data.workerId,
    date: chinaDate(data.at),
    appointmentId: data.appointmentId,
    termEnd: data.termEnd,
  }),
  'talent.AppointmentEnded': ({ eventId, data }: Envelope<'', AppointmentEndedData>) => ({
    kind: 'appointment-ended',
    factId: eventId,
    workerId: data.workerId,
    date: data.endedOn,
    appointmentId: data.appointmentId,
    termEnd: null,
  }),
};

/** The career fact an event (parsed and upcast by its contract) stands for, or null for events the ladder ignores. */
export function careerFactOf(event: EventEnvelope): CareerFact | null {
  const map = mappers[event.type];
  return map === undefined ? null : map(event as never);
}
