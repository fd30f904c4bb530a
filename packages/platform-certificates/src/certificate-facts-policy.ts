import { certificationEvents, createEventRegistry, type EventEnvelope, eventDispatch } from '@tianfu/contracts';
import type { EventHandler } from '@tianfu/messaging';
import type { CertificateFacts } from './certificate-facts.ts';

const registry = createEventRegistry([...certificationEvents]);

/**
 * What a reader of the certification topic keeps: each certificate issued, revoked, suspended, reinstated or
 * reissued becomes a fact (assessment's eligibility, docs/domain.md §2.3; the talent registry's appointments).
 * Other events are not ours to act on. An event is parsed (and upcast) by its contract first; one
 * that fails goes to the dead-letter topic.
 */
export function certificateFactsPolicy(facts: CertificateFacts): EventHandler {
  const dispatch = eventDispatch(registry, {
    'certification.CertificateIssued': (event) => facts.record(event),
    'certification.CertificateRevoked': (event) => facts.record(event),
    'certification.CertificateSuspended': (event) => facts.record(event),
    'certification.CertificateReinstated': (event) => facts.record(event),
    'certification.CertificateReissued': (event) => facts.record(event),
  });
  return async (envelope: EventEnvelope) => {
    await dispatch(envelope);
  };
}
