import { deadLetterTopic } from '@tianfu/contracts';
import { EnvelopeHeaders } from './envelope-codec.ts';
import { errorCode, errorMessage } from './errors.ts';
import type { ConsumedMessage, MessageHeaders, OutgoingMessage } from './port/messages.ts';
import type { KafkaProducer } from './port/producer.ts';

/** Headers added to a dead letter; the original key, value and headers travel unchanged. */
export const DeadLetterHeaders = {
  errorMessage: 'dlq.error.message',
  errorCode: 'dlq.error.code',
  topic: 'dlq.original.topic',
  partition: 'dlq.original.partition',
  offset: 'dlq.original.offset',
  timestamp: 'dlq.original.timestamp',
  attempts: 'dlq.attempts',
  group: 'dlq.group',
  failedAt: 'dlq.failed.at',
  /** On a replayed message: the only consumer group that handles it; the others skip it. */
  replayGroup: 'dlq.replay.group',
  /** On a replayed message: the dead letter it came from, `<dlq topic>/<partition>/<offset>`. */
  replayOf: 'dlq.replay.of',
} as const;

export const headerText = (headers: MessageHeaders | undefined, name: string): string | undefined => headers?.[name];

/**
 * What makes a dead letter the same one again: the group and the event (by id, else by where the
 * unreadable message sits), and for a replayed message the dead letter it replays, so a replay
 * that fails again is written again, once.
 */
export function deadLetterKey(letter: DeadLetter, group: string): string {
  const { headers, offset } = letter.message;
  const event = deadLetterEventId(letter) ?? `${letter.topic}/${letter.partition}/${offset}`;
  const replayOf = headerText(headers, DeadLetterHeaders.replayOf);
  return replayOf === undefined ? `${group}:${event}` : `${group}:${event}:${replayOf}`;
}

export interface DeadLetter {
  readonly topic: string;
  readonly partition: number;
  readonly message: ConsumedMessage;
  readonly error: unknown;
  /** Handler attempts made; 0 when the message never reached the handler (it did not parse). */
  readonly attempts: number;
  /** The event's id when the message parsed. */
  readonly eventId?: string;
}

/** The event's id, from the parsed event or else from the message's header. */
export const deadLetterEventId = (letter: DeadLetter): string | undefined =>
  letter.eventId ?? headerText(letter.message.headers, EnvelopeHeaders.eventId);

export function deadLetterMessage(letter: DeadLetter, group: string, failedAt: Date): OutgoingMessage {
  const { message } = letter;
  const code = errorCode(letter.error);
  const headers: Record<string, string> = {
    ...message.headers,
    [DeadLetterHeaders.errorMessage]: errorMessage(letter.error),
    [DeadLetterHeaders.topic]: letter.topic,
    [DeadLetterHeaders.partition]: String(letter.partition),
    [DeadLetterHeaders.offset]: message.offset,
    [DeadLetterHeaders.timestamp]: message.timestamp,
    [DeadLetterHeaders.attempts]: String(letter.attempts),
    [DeadLetterHeaders.group]: group,
    [DeadLetterHeaders.failedAt]: failedAt.toISOString(),
  };
  if (code !== undefined) headers[DeadLetterHeaders.errorCode] = code;
  return { key: message.key, value: message.value, headers };
}

/** Resolves once the dead letter is durable; only then may the caller commit past the original. */
export async function sendDeadLetter(producer: KafkaProducer, message: OutgoingMessage, topic: string): Promise<void> {
  await producer.send(deadLetterTopic(topic), [message]);
}
