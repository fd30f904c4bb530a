import type { Message, MessageToProduce } from '@platformatic/kafka';
import type { ConsumedMessage, MessageHeaders, OutgoingMessage } from '../port/messages.ts';

const buffer = (value: string | Buffer | null | undefined): Buffer | undefined =>
  value === null || value === undefined ? undefined : Buffer.isBuffer(value) ? value : Buffer.from(value, 'utf8');

export const platformaticMessage = (topic: string, message: OutgoingMessage): MessageToProduce => ({
  topic,
  key: buffer(message.key),
  value: buffer(message.value),
  headers: new Map(
    Object.entries(message.headers ?? {}).map(([name, value]) => [Buffer.from(name), Buffer.from(value)]),
  ),
  ...(message.partition !== undefined && { partition: message.partition }),
});

function headersOf(entries: Iterable<[Buffer, Buffer]>): MessageHeaders {
  const headers: Record<string, string> = {};
  for (const [name, value] of entries) headers[name.toString('utf8')] = value.toString('utf8');
  return headers;
}

// An empty key or value reads as none, as kafkajs reads a null one: the platform writes neither.
export const consumedMessage = (message: Message): ConsumedMessage => ({
  key: message.key?.length ? message.key : null,
  value: message.value?.length ? message.value : null,
  headers: headersOf(message.headers),
  offset: message.offset.toString(),
  timestamp: message.timestamp.toString(),
});
