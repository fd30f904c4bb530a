import { type BaseOptions, Consumer, type Message, type MessagesStream } from '@platformatic/kafka';
import type { ConsumedBatch, ConsumeOptions, GroupConsumer } from '../port/consumer.ts';
import type { TopicPartitionOffset, TopicPartitions } from '../port/messages.ts';
import { HighWatermarks } from './high-watermarks.ts';
import { OffsetCommits } from './offset-commits.ts';
import { PartitionQueues } from './partition-queues.ts';
import { retriableErrors } from './platformatic-errors.ts';
import { consumedMessage } from './platformatic-messages.ts';

const RESTART_DELAY_MS = 1_000;

const consumerOf = (base: BaseOptions, options: ConsumeOptions) =>
  new Consumer({
    ...base,
    groupId: options.groupId,
    ...(options.sessionTimeoutMs !== undefined && { sessionTimeout: options.sessionTimeoutMs }),
    ...(options.heartbeatIntervalMs !== undefined && { heartbeatInterval: options.heartbeatIntervalMs }),
    ...(options.maxWaitTimeMs !== undefined && { maxWaitTime: options.maxWaitTimeMs }),
    ...(options.maxBytesPerPartition !== undefined && { maxBytesPerPartition: options.maxBytesPerPartition }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
  });

/**
 * A group member over this client's message stream: batches per partition (PartitionQueues),
 * offsets resolved by hand and committed by OffsetCommits. A handler that throws, or a stream
 * that fails, reopens the stream at the committed offsets, as kafkajs restarts after a crash.
 */
class StreamMember implements GroupConsumer {
  readonly #consumer: Consumer<Buffer, Buffer, Buffer, Buffer>;
  readonly #options: ConsumeOptions;
  readonly #commits: OffsetCommits;
  readonly #watermarks: HighWatermarks;
  readonly #queues: PartitionQueues;
  #stream: MessagesStream<Buffer, Buffer, Buffer, Buffer> | null = null;
  #stopped = false;
  #reopening: Promise<void> | null = null;

  constructor(base: BaseOptions, options: ConsumeOptions) {
    this.#options = options;
    this.#consumer = consumerOf(base, options);
    this.#consumer.on('consumer:group:join', ({ memberId, assignments }) =>
      options.onJoin?.({ memberId, assignment: assignments }),
    );
    this.#commits = new OffsetCommits(this.#consumer, options.autoCommitIntervalMs);
    this.#watermarks = new HighWatermarks(this.#consumer);
    this.#queues = new PartitionQueues(
      (topic, partition, messages) => this.#run(topic, partition, messages),
      options.partitionsConsumedConcurrently ?? 1,
      (flowing) => (flowing ? this.#stream?.resume() : this.#stream?.pause()),
    );
  }

  async start(): Promise<void> {
    try {
      await this.#open();
    } catch (error) {
      await this.#consumer.close(true);
      throw error;
    }
  }

  pause(partitions: readonly TopicPartitions[]): void {
    for (const { topic, partitions: list } of partitions) this.#queues.pause(topic, list);
  }

  resume(partitions: readonly TopicPartitions[]): void {
    for (const { topic, partitions: list } of partitions) this.#queues.resume(topic, list);
  }

  commitOffsets(offsets: readonly TopicPartitionOffset[]): Promise<void> {
    return this.#commits.commit(offsets);
  }

  async seek(offset: TopicPartitionOffset): Promise<void> {
    await this.#reopening?.catch(() => undefined);
    await this.#reopen(() => this.#commits.moveTo(offset));
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#reopening?.catch(() => undefined);
    await this.#stream?.close();
    await this.#queues.idle();
    await this.#commits.flush();
    this.#watermarks.stop();
    await this.#consumer.close();
  }

  async #run(topic: string, partition: number, messages: Message[]): Promise<void> {
    try {
      const generation = this.#consumer.generationId;
      await this.#options.eachBatch(this.#batch(topic, partition, messages, generation));
      // As kafkajs does: what the handler left unresolved comes again (after a pause, on resume).
      if (!this.#stopped && this.#consumer.generationId === generation)
        this.#queues.requeue(topic, partition, this.#commits.unresolved(topic, partition, messages));
      await this.#commits.afterBatch();
    } catch (error) {
      this.#restart(error);
    }
  }

  #batch(topic: string, partition: number, messages: Message[], generation: number): ConsumedBatch {
    const consumed = messages.map(consumedMessage);
    const last = consumed.at(-1)?.offset;
    const highWatermark = this.#watermarks.of(topic, partition, last);
    return {
      topic,
      partition,
      highWatermark,
      messages: consumed,
      lastOffset: last ?? String(BigInt(highWatermark) - 1n),
      resolveOffset: (offset) => this.#commits.resolve(topic, partition, offset),
      commitIfNecessary: () => this.#commits.commitIfNecessary(),
      // The client heartbeats on its own timer.
      heartbeat: async () => undefined,
      isRunning: () => !this.#stopped && this.#reopening === null && this.#consumer.generationId === generation,
      pause: () => this.#queues.pause(topic, [partition]),
    };
  }

  async #open(): Promise<void> {
    const stream = await retriableErrors(() =>
      this.#consumer.consume({
        topics: [...this.#options.topics],
        mode: 'committed',
        fallbackMode: this.#options.fromBeginning ? 'earliest' : 'latest',
        autocommit: false,
      }),
    );
    stream.on('data', (message) => this.#queues.push(message));
    stream.on('error', (error) => this.#restart(error));
    this.#stream = stream;
  }

  /** Closes the stream and opens it again at the committed offsets, after `meanwhile`. */
  #reopen(meanwhile: () => Promise<unknown>): Promise<void> {
    const reopening = (async () => {
      await this.#stream?.close().catch(() => undefined);
      this.#queues.clear();
      await this.#queues.idle();
      await meanwhile();
      if (!this.#stopped) await this.#open();
    })().finally(() => {
      this.#reopening = null;
    });
    this.#reopening = reopening;
    return reopening;
  }

  #restart(error: unknown): void {
    if (this.#stopped || this.#reopening !== null) return;
    this.#options.onCrash?.(error, true);
    this.#reopen(async () => {
      await this.#commits.flush().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, RESTART_DELAY_MS));
    }).catch((failure: unknown) => this.#options.onCrash?.(failure, false));
  }
}

export async function platformaticConsume(base: BaseOptions, options: ConsumeOptions): Promise<GroupConsumer> {
  const member = new StreamMember(base, options);
  await member.start();
  return member;
}
