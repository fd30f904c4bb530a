import type { OutgoingMessage } from './port/messages.ts';

/**
 * Under the broker's default message.max.bytes (1 MiB per record batch, and one send may put a
 * whole partition's messages in one batch), with room for headers and batch overhead.
 */
export const MAX_SEND_BYTES = 512 * 1024;

const sizeOf = (message: OutgoingMessage): number =>
  (message.value?.length ?? 0) +
  (typeof message.key === 'string' ? message.key.length : (message.key?.length ?? 0)) +
  64;

/**
 * Consecutive runs of messages of at most `maxBytes` each (one message alone may exceed it), in
 * order. Lazy: a 15,000-event commit is encoded a chunk at a time, not all at once in memory.
 */
export function* chunkMessages(
  messages: Iterable<OutgoingMessage>,
  maxBytes = MAX_SEND_BYTES,
): Generator<OutgoingMessage[]> {
  let current: OutgoingMessage[] = [];
  let bytes = 0;
  for (const message of messages) {
    const size = sizeOf(message);
    if (current.length > 0 && bytes + size > maxBytes) {
      yield current;
      current = [];
      bytes = 0;
    }
    current.push(message);
    bytes += size;
  }
  if (current.length > 0) yield current;
}
