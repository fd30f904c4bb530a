import {
  CertificateIssued,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  certificationEvents,
  createEventRegistry,
  type EventEnvelope,
} from '@tianfu/contracts';
import type { EventHandler } from '@tianfu/messaging';
import type { CertificateEvent, CertificateFacts } from './certificate-facts.ts';

const registry = createEventRegistry([...certificationEvents]);
const counted: ReadonlySet<string> = new Set(
  [CertificateIssued, CertificateRevoked, CertificateSuspended, CertificateReinstated].map((d) => d.type),
);

/**
 * What a reader of the certification topic keeps: each certificate issued, revoked, suspended or reinstated becomes a
 * fact (assessment's eligibility, docs/domain.md §2.3; the talent registry's appointments).
 * Other events are not ours to act on. An event is parsed (and upcast) by its contract first; one
 * that fails goes to the dead-letter topic.
 */
export function certificateFactsPolicy(facts: CertificateFacts): EventHandler {
  return async (envelope: EventEnvelope) => {
    if (!counted.has(envelope.type)) return;
    // Parsing keeps the type, one of those just checked.
    await facts.record(registry.parse(envelope) as CertificateEvent);
  };
}
