import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import type { ConsumedMessage, MessageHeaders, OutgoingMessage } from '../port/messages.ts';

const text = (value: IHeaders[string]): string | undefined => {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
};

function headersOf(headers: IHeaders | undefined): MessageHeaders {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const decoded = text(value);
    if (decoded !== undefined) out[name] = decoded;
  }
  return out;
}

export const consumedMessage = (message: KafkaMessage): ConsumedMessage => ({
  key: message.key ?? null,
  value: message.value,
  headers: headersOf(message.headers),
  offset: message.offset,
  timestamp: message.timestamp,
});

export const kafkajsMessage = (message: OutgoingMessage): Message => ({
  key: message.key ?? null,
  value: message.value,
  ...(message.headers && { headers: { ...message.headers } }),
  ...(message.partition !== undefined && { partition: message.partition }),
});
