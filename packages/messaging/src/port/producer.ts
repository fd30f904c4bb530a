import type { OutgoingMessage } from './messages.ts';

export interface ProducerRetry {
  readonly retries: number;
  readonly initialRetryTimeMs: number;
  readonly maxRetryTimeMs: number;
}

export interface ProducerOptions {
  /** How often a failed send is retried inside the client before it rejects. */
  readonly retry?: ProducerRetry;
}

/**
 * Idempotent, one request in flight, acknowledged by every in-sync replica: the broker drops
 * retried duplicates and never reorders a partition, so one key's messages land in send order.
 */
export interface KafkaProducer {
  connect(): Promise<void>;
  /** Resolves once every message is durable. */
  send(topic: string, messages: readonly OutgoingMessage[], options?: { readonly timeoutMs?: number }): Promise<void>;
  disconnect(): Promise<void>;
}
