import { type Kafka, Partitioners, type Producer, type RetryOptions } from 'kafkajs';

/**
 * Idempotent, one request in flight: the broker drops retried duplicates and never reorders a
 * partition, so one key's messages land in the order they were sent. The Java-compatible
 * partitioner puts a key on the same partition as any other client would.
 */
export const createIdempotentProducer = (kafka: Kafka, retry?: RetryOptions): Producer =>
  kafka.producer({
    ...(retry && { retry }),
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });

/** acks -1: resolved only once every in-sync replica has the messages. */
export const ALL_REPLICAS = -1;
