import type { Message } from 'kafkajs';

/**
 * Under the broker's default message.max.bytes (1 MiB per record batch, and one send may put a
 * whole partition's messages in one batch), with room for headers and batch overhead.
 */
export const MAX_SEND_BYTES = 512 * 1024;

const sizeOf = (message: Message): number =>
  (message.value?.length ?? 0) +
  (typeof message.key === 'string' ? message.key.length : (message.key?.length ?? 0)) +
  64;

/** Consecutive runs of messages of at most `maxBytes` each (one message alone may exceed it); order kept. */
export function chunkMessages(messages: readonly Message[], maxBytes = MAX_SEND_BYTES): Message[][] {
  const chunks: Message[][] = [];
  let current: Message[] = [];
  let bytes = 0;
  for (const message of messages) {
    const size = sizeOf(message);
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(message);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
