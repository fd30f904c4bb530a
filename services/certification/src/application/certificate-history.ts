import type { EventEnvelope } from '@tianfu/contracts';
import type { CertificateEvent } from '../domain/certificate.ts';

/** One step of a certificate's life as the office reads it: what happened, when, by whom and why. */
export interface HistoryEntry {
  readonly change: 'issued' | 'revoked' | 'suspended' | 'reinstated' | 'reissued';
  readonly at: string;
  /** Who acted: the office user, or the service whose policy issued it. */
  readonly by: string;
  readonly reason: string | null;
  readonly note: string | null;
  readonly printSerial: string | null;
}

const changeOf = {
  'certification.CertificateIssued': 'issued',
  'certification.CertificateRevoked': 'revoked',
  'certification.CertificateSuspended': 'suspended',
  'certification.CertificateReinstated': 'reinstated',
  'certification.CertificateReissued': 'reissued',
} as const satisfies Record<CertificateEvent['type'], HistoryEntry['change']>;

export type StoredCertificateEvent = Pick<EventEnvelope, 'actor' | 'occurredAt'> & CertificateEvent;

function detailsOf(event: CertificateEvent): Pick<HistoryEntry, 'reason' | 'note' | 'printSerial'> {
  switch (event.type) {
    case 'certification.CertificateIssued':
      return { reason: null, note: null, printSerial: event.data.printSerial };
    case 'certification.CertificateRevoked':
      return { reason: event.data.reason, note: event.data.note, printSerial: null };
    case 'certification.CertificateReissued':
      return { reason: null, note: event.data.note, printSerial: event.data.printSerial };
    default:
      return { reason: null, note: event.data.note, printSerial: null };
  }
}

/** The audit trail of a certificate: every change from its stream, oldest first, with who made it and why. */
export const certificateHistory = (events: readonly StoredCertificateEvent[]): HistoryEntry[] =>
  events.map((event) => ({
    change: changeOf[event.type],
    at: event.occurredAt,
    by: `${event.actor.kind}:${event.actor.id}`,
    ...detailsOf(event),
  }));
