import { isEventContractError } from '@tianfu/contracts';
import type { EventHandler } from './batch-processor.ts';
import type { ConsumerOptions, RunningConsumer } from './consumer-options.ts';
import { runConsumer } from './consumer-runner.ts';
import { dedupe, type ProcessedEvents } from './processed-events.ts';

export interface PolicyConsumerOptions
  extends Pick<
    ConsumerOptions,
    'kafka' | 'groupId' | 'topics' | 'logger' | 'registry' | 'maxWaitTimeMs' | 'deadLetterLog'
  > {
  /** A service's policy: what it does with each event of the topics. */
  readonly handle: EventHandler;
  /** Where the group marks what it handled, so a redelivery is skipped. */
  readonly processed: ProcessedEvents;
}

/** The platform's usual retry for a policy: a few tries with backoff, then the dead-letter topic. */
export const POLICY_RETRY = { maxRetries: 5, initialBackoffMs: 200, maxBackoffMs: 10_000 } as const;

/**
 * A policy in its consumer group, as every service runs one: each event once (dedupe by eventId),
 * retried with backoff, and dead-lettered at once when it breaks its contract.
 */
export function runPolicyConsumer({ handle, processed, ...options }: PolicyConsumerOptions): Promise<RunningConsumer> {
  return runConsumer({
    ...options,
    handle: dedupe(processed, handle),
    retry: POLICY_RETRY,
    isPermanent: isEventContractError,
  });
}
