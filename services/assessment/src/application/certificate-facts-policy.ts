import {
  CertificateIssued,
  CertificateRevoked,
  certificationEvents,
  createEventRegistry,
  type EventEnvelope,
  isEventContractError,
} from '@tianfu/contracts';
import {
  type ConsumerOptions,
  dedupe,
  type EventHandler,
  type ProcessedEvents,
  type RunningConsumer,
  runConsumer,
} from '@tianfu/messaging';
import type { CertificateEvent, CertificateFacts } from './certificate-facts.ts';

const registry = createEventRegistry([...certificationEvents]);
const counted: ReadonlySet<string> = new Set([CertificateIssued.type, CertificateRevoked.type]);

/**
 * What assessment does with the certification topic: each certificate issued or revoked becomes
 * a fact for the eligibility check (domain.md §2.3 "certificate or old 职业资格"). Other events are
 * not ours to act on. An event is parsed (and upcast) by its contract first; one that fails goes
 * to the dead-letter topic.
 */
export function certificateFactsPolicy(facts: CertificateFacts): EventHandler {
  return async (envelope: EventEnvelope) => {
    if (!counted.has(envelope.type)) return;
    // Parsing keeps the type, one of the two just checked.
    await facts.record(registry.parse(envelope) as CertificateEvent);
  };
}

export interface CertificateFactsConsumer extends Pick<ConsumerOptions, 'kafka' | 'groupId' | 'logger' | 'registry'> {
  /** `Topics.certification`; a test passes a topic of its own. */
  readonly topic: string;
  readonly facts: CertificateFacts;
  readonly processed: ProcessedEvents;
}

/** Runs the policy in a consumer group, from offset 0 for a new group (the topic keeps everything). */
export function runCertificateFactsPolicy({
  topic,
  facts,
  processed,
  ...options
}: CertificateFactsConsumer): Promise<RunningConsumer> {
  return runConsumer({
    ...options,
    topics: [topic],
    handle: dedupe(processed, certificateFactsPolicy(facts)),
    retry: { maxRetries: 5, initialBackoffMs: 200, maxBackoffMs: 10_000 },
    isPermanent: isEventContractError,
  });
}
