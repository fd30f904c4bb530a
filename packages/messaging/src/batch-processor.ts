import type { EventEnvelope } from '@tianfu/contracts';
import type { RetryPolicy } from './backoff.ts';
import type { ConsumerMetrics, LagRecorder } from './consumer-metrics.ts';
import {
  type DeadLetter,
  DeadLetterHeaders,
  deadLetterEventId,
  deadLetterKey,
  deadLetterMessage,
  headerText,
  sendDeadLetter,
} from './dead-letter.ts';
import type { DeadLetterLog } from './dead-letter-log.ts';
import { parseEnvelope } from './envelope-codec.ts';
import { handleWithRetry } from './handle-with-retry.ts';
import { keepingMembership } from './keep-membership.ts';
import type { MessagingLogger } from './logger.ts';
import type { ConsumedBatch } from './port/consumer.ts';
import type { ConsumedMessage } from './port/messages.ts';
import type { KafkaProducer } from './port/producer.ts';

export interface MessageContext {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
}

export type EventHandler = ((event: EventEnvelope, context: MessageContext) => Promise<void>) & {
  /**
   * True for an event the handler does nothing with, known from its type alone (an eventDispatch's
   * ignored types): a policy's dedupe then spends no store round trip on it (processed-events.ts).
   */
  readonly ignores?: (event: EventEnvelope) => boolean;
  /**
   * Handles a run of one partition's events at once, in their order (runs of up to `RUN_SIZE`):
   * what it writes must be as idempotent as one event's. When it throws, the run's events are
   * handled one at a time (each retried, then dead-lettered), so one poison event stops nothing else.
   */
  readonly handleAll?: (events: readonly EventEnvelope[]) => Promise<void>;
};

export interface BatchProcessorDeps {
  readonly groupId: string;
  readonly handle: EventHandler;
  readonly retry: RetryPolicy;
  readonly logger: MessagingLogger;
  readonly metrics: ConsumerMetrics;
  readonly lag: LagRecorder;
  readonly deadLetters: KafkaProducer;
  readonly deadLetterLog?: DeadLetterLog | undefined;
  readonly isPermanent: (error: unknown) => boolean;
  /** Aborted by stop(): ends a backoff at once instead of waiting it out. */
  readonly signal: AbortSignal;
  readonly clock: () => Date;
}

/** The most messages handed to `handleAll` at once. */
export const RUN_SIZE = 500;

/**
 * One partition's batch, strictly in order. An offset is resolved only after its message was
 * handled or durably dead-lettered, so whatever the client commits has been dealt with. A handler
 * with `handleAll` takes the batch in runs; a run it fails is handled again message by message.
 */
export function createBatchProcessor(deps: BatchProcessorDeps): (batch: ConsumedBatch) => Promise<void> {
  const size = deps.handle.handleAll === undefined ? 1 : RUN_SIZE;
  return async (batch) => {
    const { topic, partition, highWatermark, messages } = batch;
    const first = messages[0];
    if (first) deps.lag.record(topic, partition, highWatermark, first.offset);
    const done = async (message: ConsumedMessage) => {
      batch.resolveOffset(message.offset);
      deps.lag.record(topic, partition, highWatermark, String(BigInt(message.offset) + 1n));
      await batch.commitIfNecessary();
      await batch.heartbeat();
    };
    for (let start = 0; start < messages.length; start += size) {
      const run = messages.slice(start, start + size);
      if (!batch.isRunning() || deps.signal.aborted) return;
      if (await processRun(deps, batch, run)) {
        await done(run.at(-1) as ConsumedMessage);
        continue;
      }
      for (const message of run) {
        if (!batch.isRunning() || deps.signal.aborted) return;
        if (!(await processMessage(deps, batch, message))) return;
        await done(message);
      }
    }
  };
}

/**
 * True when `handleAll` took the whole run (of more than one message, each readable); false
 * leaves it to be handled message by message: its writes were idempotent, so doing part of it
 * again changes nothing.
 */
async function processRun(deps: BatchProcessorDeps, batch: ConsumedBatch, run: readonly ConsumedMessage[]) {
  const { handleAll } = deps.handle;
  if (handleAll === undefined || run.length < 2) return false;
  const events: EventEnvelope[] = [];
  for (const message of run) {
    const replayFor = headerText(message.headers, DeadLetterHeaders.replayGroup);
    if (replayFor !== undefined && replayFor !== deps.groupId) continue;
    const parsed = parseEnvelope(message.value);
    if (!parsed.ok) return false;
    events.push(parsed.event);
  }
  const where = { topic: batch.topic, partition: batch.partition, from: run[0]?.offset, to: run.at(-1)?.offset };
  try {
    await keepingMembership(batch.heartbeat, () => handleAll(events));
  } catch (err) {
    deps.logger.warn({ ...where, err }, 'a run of events failed; handling them one at a time');
    return false;
  }
  for (const { eventId } of events)
    if (deps.deadLetterLog?.waiting(deps.groupId, eventId)) {
      await deps.deadLetterLog.resolve(deps.groupId, eventId);
      deps.logger.info({ ...where, eventId }, 'dead-lettered event handled after all');
    }
  return true;
}

/**
 * False when the message was left unresolved (stopped mid-backoff), so it is redelivered. A
 * replayed dead letter (`pnpm dlq`) is for the group that wrote it: every other group skips it.
 */
async function processMessage(deps: BatchProcessorDeps, batch: ConsumedBatch, message: ConsumedMessage) {
  const { topic, partition } = batch;
  const replayFor = headerText(message.headers, DeadLetterHeaders.replayGroup);
  if (replayFor !== undefined && replayFor !== deps.groupId) return true;
  const parsed = parseEnvelope(message.value);
  if (!parsed.ok) {
    await deadLetter(deps, { topic, partition, message, error: parsed.error, attempts: 0 });
    return true;
  }
  const context = { topic, partition, offset: message.offset, key: message.key?.toString('utf8') ?? null };
  const eventId = parsed.event.eventId;
  const outcome = await keepingMembership(batch.heartbeat, () =>
    handleWithRetry(() => deps.handle(parsed.event, context), deps.retry, {
      signal: deps.signal,
      heartbeat: batch.heartbeat,
      isPermanent: deps.isPermanent,
      onRetry: (err, attempt, delayMs) =>
        deps.logger.warn({ ...context, eventId, attempt, delayMs, err }, 'event handler failed, retrying'),
    }),
  );
  if (outcome.kind === 'abandoned') return false;
  if (outcome.kind === 'failed') {
    await deadLetter(deps, { topic, partition, message, error: outcome.error, attempts: outcome.attempts, eventId });
  } else if (deps.deadLetterLog?.waiting(deps.groupId, eventId)) {
    await deps.deadLetterLog.resolve(deps.groupId, eventId);
    deps.logger.info({ ...context, eventId }, 'dead-lettered event handled after all');
  }
  return true;
}

/** Sends the dead letter, unless the log says it was written already (then only logs a warning). */
async function deadLetter(deps: BatchProcessorDeps, letter: DeadLetter): Promise<void> {
  const { topic, partition, message, error: err, attempts } = letter;
  const where = { topic, partition, offset: message.offset, attempts, err };
  const key = deadLetterKey(letter, deps.groupId);
  if (await deps.deadLetterLog?.written(key)) {
    deps.logger.warn(where, 'message failed again; its dead letter is written already');
    return;
  }
  deps.logger.error(where, 'message dead-lettered');
  const failedAt = deps.clock();
  const sent = deadLetterMessage(letter, deps.groupId, failedAt);
  await sendDeadLetter(deps.deadLetters, sent, topic);
  const errorCode = headerText(sent.headers, DeadLetterHeaders.errorCode) ?? null;
  const error = headerText(sent.headers, DeadLetterHeaders.errorMessage) ?? '';
  const eventId = deadLetterEventId(letter) ?? null;
  await deps.deadLetterLog?.record({ _id: key, group: deps.groupId, topic, eventId, errorCode, error, at: failedAt });
  deps.metrics.deadLetters.inc({ group: deps.groupId, topic });
}
