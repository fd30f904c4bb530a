/** Header values as text: every header the platform writes is text (ids, types, dead-letter details). */
export type MessageHeaders = Readonly<Record<string, string>>;

/** A message to produce. A key puts it on the partition Java's client would choose for that key. */
export interface OutgoingMessage {
  readonly key?: string | Buffer | null;
  readonly value: string | Buffer | null;
  readonly headers?: MessageHeaders;
  /** Put it on this partition, whatever its key says. */
  readonly partition?: number;
}

/** A message as a consumer receives it; offsets are decimal strings (they may pass 2^53). */
export interface ConsumedMessage {
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: MessageHeaders;
  readonly offset: string;
  /** When the producer (or broker) stamped it, in ms since the epoch, as a decimal string. */
  readonly timestamp: string;
}

export interface TopicPartitions {
  readonly topic: string;
  readonly partitions?: readonly number[];
}

export interface TopicPartitionOffset {
  readonly topic: string;
  readonly partition: number;
  /** The next offset to read. */
  readonly offset: string;
}
