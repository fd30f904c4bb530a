import type { StoredEvent, StoreName } from './tally.ts';

/** A certificate as the census needs it: whose, which number, and the event that caused it. */
export interface IssuedCertificate {
  readonly certificateNo: string;
  readonly workerId: string;
  readonly sourceEventId: string | null;
}

const field = (data: Readonly<Record<string, unknown>>, ...path: string[]): unknown =>
  path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);

/**
 * The run's events that each owe one certificate: its sessions' passes, the promotions its body
 * issues, and its body's 特级技师 appointments.
 */
export function certificateCauses(
  events: Readonly<Record<StoreName, readonly StoredEvent[]>>,
  run: { readonly bodyId: string; readonly sessionIds: ReadonlySet<string> },
): string[] {
  const passes = events.assessment.filter(
    (e) => e.type === 'assessment.CandidatePassed' && run.sessionIds.has(String(e.data.sessionId)),
  );
  const promotions = events.competition.filter(
    (e) => e.type === 'competition.PromotionAwarded' && field(e.data, 'issuingBody', 'bodyId') === run.bodyId,
  );
  const appointments = events['talent-registry'].filter(
    (e) =>
      e.type === 'talent.AppointmentMade' &&
      e.data.post === 'principal-technician' &&
      field(e.data, 'employer', 'bodyId') === run.bodyId,
  );
  return [...passes, ...promotions, ...appointments].map((e) => e.eventId);
}

/** Every certificate issued in the body's name. */
export function issuedCertificates(events: readonly StoredEvent[], bodyId: string): IssuedCertificate[] {
  return events
    .filter((e) => e.type === 'certification.CertificateIssued' && e.data.bodyId === bodyId)
    .map((e) => ({
      certificateNo: String(e.data.certificateNo),
      workerId: String(e.data.workerId),
      sourceEventId: (field(e.data, 'basis', 'sourceEventId') as string | null | undefined) ?? null,
    }));
}
