export type { RetryPolicy } from './backoff.ts';
export type { EventHandler, MessageContext } from './batch-processor.ts';
export type { ConsumerOptions, RunningConsumer } from './consumer-options.ts';
export { runConsumer } from './consumer-runner.ts';
export type { DeadLetter } from './dead-letter.ts';
export { DeadLetterHeaders, deadLetterKey, deadLetterMessage, headerText } from './dead-letter.ts';
export type { DeadLetterLog, DeadLetterRecord } from './dead-letter-log.ts';
export { createDeadLetterLog, DEAD_LETTERS_COLLECTION } from './dead-letter-log.ts';
export type { StoredDeadLetter } from './dead-letter-queue.ts';
export { readDeadLetters, replayDeadLetters } from './dead-letter-queue.ts';
export type { ParsedEnvelope } from './envelope-codec.ts';
export { EnvelopeHeaders, parseEnvelope, toKafkaMessage } from './envelope-codec.ts';
export type { InvalidEnvelopeError } from './errors.ts';
export { errorCode, invalidEnvelope, isInvalidEnvelopeError } from './errors.ts';
export { type GroupMembership, groupMembership } from './group-membership.ts';
export type { InsertOnceResult } from './insert-once.ts';
export { hasDuplicateKeyCode, insertOnce, isDuplicateKeyError, onlyDuplicateKeys } from './insert-once.ts';
export type { EventPublisher, KafkaPublisher, KafkaPublisherOptions } from './kafka-publisher.ts';
export { createKafkaPublisher } from './kafka-publisher.ts';
export { mapLimited } from './limited-map.ts';
export type { MessagingLogger } from './logger.ts';
export type { PolicyConsumerOptions } from './policy-consumer.ts';
export { POLICY_RETRY, runPolicyConsumer } from './policy-consumer.ts';
export type {
  GroupDescription,
  GroupOffsets,
  KafkaAdmin,
  NewTopic,
  PartitionWatermarks,
  TopicLeaders,
} from './port/admin.ts';
export type { BatchHandler, ConsumedBatch, ConsumeOptions, GroupConsumer } from './port/consumer.ts';
export type { MessageHandler } from './port/each-message.ts';
export { eachMessage } from './port/each-message.ts';
export type { KafkaClient, KafkaClientName } from './port/kafka-client.ts';
export { KAFKA_CLIENTS } from './port/kafka-client.ts';
export type {
  ConsumedMessage,
  MessageHeaders,
  OutgoingMessage,
  TopicPartitionOffset,
  TopicPartitions,
} from './port/messages.ts';
export type { KafkaProducer, ProducerOptions, ProducerRetry } from './port/producer.ts';
export type { ProcessedEvents } from './processed-events.ts';
export { createProcessedEvents, dedupe, PROCESSED_EVENTS_COLLECTION } from './processed-events.ts';
export { kafkaClient, kafkaClientNamed } from './select-client.ts';
export type { TopicSpec } from './topic-admin.ts';
export { defaultTopicSpec, ensureTopics, waitForBroker, whileRetriable } from './topic-admin.ts';
