import { createBatchProcessor } from './batch-processor.ts';
import { consumerMetrics, lagRecorder } from './consumer-metrics.ts';
import type { ConsumerOptions, RunningConsumer } from './consumer-options.ts';
import { isInvalidEnvelopeError } from './errors.ts';
import { groupMembership } from './group-membership.ts';

export async function runConsumer(options: ConsumerOptions): Promise<RunningConsumer> {
  const { kafka, groupId, logger } = options;
  const deadLetters = kafka.producer();
  const metrics = consumerMetrics(options.registry);
  const lag = lagRecorder(metrics.lag, groupId);
  const controller = new AbortController();
  const membership = groupMembership(groupId, logger);
  await deadLetters.connect();
  const consumer = await kafka
    .consume({
      groupId,
      topics: options.topics,
      fromBeginning: options.fromBeginning ?? true,
      sessionTimeoutMs: options.sessionTimeoutMs ?? 10_000,
      heartbeatIntervalMs: 1000,
      maxWaitTimeMs: options.maxWaitTimeMs ?? 1000,
      // Offsets are resolved one handled message at a time; the resolved ones are committed on the
      // interval, after each batch and before the partition is given up.
      autoCommitIntervalMs: options.commitIntervalMs ?? 1000,
      partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 1,
      eachBatch: createBatchProcessor({
        ...options,
        deadLetters,
        metrics,
        lag,
        signal: controller.signal,
        isPermanent: options.isPermanent ?? isInvalidEnvelopeError,
        clock: options.clock ?? (() => new Date()),
      }),
      ...membership.listeners,
    })
    .catch(async (error: unknown) => {
      await deadLetters.disconnect();
      throw error;
    });
  let stopped: Promise<void> | undefined;
  const stop = async () => {
    controller.abort();
    // The dead-letter producer goes last: the in-flight message may still need it.
    await consumer.stop();
    await deadLetters.disconnect();
    lag.clear();
    logger.info({ groupId }, 'consumer stopped');
  };
  return { stop: () => (stopped ??= stop()), inGroup: membership.inGroup };
}
