import { deadLetterTopic } from '@tianfu/contracts';
import type { IHeaders, KafkaMessage, Message, Producer } from 'kafkajs';
import { errorCode, errorMessage } from './errors.ts';
import { ALL_REPLICAS } from './idempotent-producer.ts';

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
} as const;

export interface DeadLetter {
  readonly topic: string;
  readonly partition: number;
  readonly message: KafkaMessage;
  readonly error: unknown;
  /** Handler attempts made; 0 when the message never reached the handler (it did not parse). */
  readonly attempts: number;
}

export function deadLetterMessage(letter: DeadLetter, group: string, failedAt: Date): Message {
  const { message } = letter;
  const code = errorCode(letter.error);
  const headers: IHeaders = {
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
export async function sendDeadLetter(producer: Producer, message: Message, topic: string): Promise<void> {
  await producer.send({ topic: deadLetterTopic(topic), acks: ALL_REPLICAS, messages: [message] });
}
