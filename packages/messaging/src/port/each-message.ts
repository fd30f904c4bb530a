import type { BatchHandler } from './consumer.ts';
import type { ConsumedMessage } from './messages.ts';

export type MessageHandler = (topic: string, partition: number, message: ConsumedMessage) => Promise<void> | void;

/** A batch handler that hands on one message at a time and resolves each after it. */
export const eachMessage =
  (handle: MessageHandler): BatchHandler =>
  async (batch) => {
    for (const message of batch.messages) {
      if (!batch.isRunning()) return;
      await handle(batch.topic, batch.partition, message);
      batch.resolveOffset(message.offset);
    }
  };
