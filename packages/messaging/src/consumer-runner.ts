import type { Consumer, ConsumerRunConfig, Producer } from 'kafkajs';
import { createBatchProcessor } from './batch-processor.ts';
import { type ConsumerMetrics, consumerMetrics, type LagRecorder, lagRecorder } from './consumer-metrics.ts';
import type { ConsumerOptions, RunningConsumer } from './consumer-options.ts';
import { isInvalidEnvelopeError } from './errors.ts';
import { createIdempotentProducer } from './idempotent-producer.ts';
import type { MessagingLogger } from './logger.ts';

export async function runConsumer(options: ConsumerOptions): Promise<RunningConsumer> {
  const { kafka, groupId, logger } = options;
  const consumer = kafka.consumer({
    groupId,
    sessionTimeout: options.sessionTimeoutMs ?? 10_000,
    heartbeatInterval: 1000,
    maxWaitTimeInMs: options.maxWaitTimeMs ?? 1000,
  });
  const deadLetters = createIdempotentProducer(kafka);
  const metrics = consumerMetrics(options.registry);
  const lag = lagRecorder(metrics.lag, groupId);
  const controller = new AbortController();
  logLifecycle(consumer, groupId, logger);
  try {
    await deadLetters.connect();
    await consumer.connect();
    await consumer.subscribe({ topics: [...options.topics], fromBeginning: options.fromBeginning ?? true });
    await consumer.run(runConfig(options, { deadLetters, metrics, lag, signal: controller.signal }));
  } catch (error) {
    await disconnectAll(consumer, deadLetters);
    throw error;
  }
  let stopped: Promise<void> | undefined;
  const stop = async () => {
    controller.abort();
    await disconnectAll(consumer, deadLetters);
    lag.clear();
    logger.info({ groupId }, 'consumer stopped');
  };
  return { stop: () => (stopped ??= stop()) };
}

interface RunParts {
  readonly deadLetters: Producer;
  readonly metrics: ConsumerMetrics;
  readonly lag: LagRecorder;
  readonly signal: AbortSignal;
}

/**
 * Offsets are resolved by hand, one handled message at a time, and kafkajs commits the resolved
 * ones on the interval, after each batch and before it gives up a partition.
 */
function runConfig(options: ConsumerOptions, parts: RunParts): ConsumerRunConfig {
  return {
    autoCommit: true,
    autoCommitInterval: options.commitIntervalMs ?? 1000,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 1,
    eachBatch: createBatchProcessor({
      ...options,
      ...parts,
      isPermanent: options.isPermanent ?? isInvalidEnvelopeError,
      clock: options.clock ?? (() => new Date()),
    }),
  };
}

// The dead-letter producer goes last: the in-flight message may still need it.
async function disconnectAll(consumer: Consumer, deadLetters: Producer): Promise<void> {
  await consumer.disconnect();
  await deadLetters.disconnect();
}

/** kafkajs restarts itself after a retriable crash (e.g. the coordinator not there yet); say so. */
function logLifecycle(consumer: Consumer, groupId: string, logger: MessagingLogger): void {
  consumer.on(consumer.events.GROUP_JOIN, ({ payload }) =>
    logger.info({ groupId, memberId: payload.memberId, assignment: payload.memberAssignment }, 'consumer joined'),
  );
  consumer.on(consumer.events.CRASH, ({ payload }) =>
    logger.error({ groupId, err: payload.error, restart: payload.restart }, 'consumer crashed'),
  );
}
