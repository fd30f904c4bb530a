import type { Message } from '@platformatic/kafka';

interface Queue {
  readonly topic: string;
  readonly partition: number;
  messages: Message[];
  paused: boolean;
  busy: boolean;
}

const MAX_BATCH = 500;
/** Fetched messages waiting in unpaused partitions before the stream is paused, and resumed. */
const HIGH = 5_000;
const LOW = 1_000;

export type RunBatch = (topic: string, partition: number, messages: Message[]) => Promise<void>;

/**
 * This client's stream hands over one message at a time, all partitions interleaved. Here they
 * are queued per partition and handed on as batches, one at a time per partition (so each stays
 * in order), up to `concurrency` partitions at once. A message older than one queued means the
 * client went back to the committed offset (a rejoin): what was queued after it goes.
 */
export class PartitionQueues {
  readonly #queues = new Map<string, Queue>();
  /** Topics paused as a whole, partitions not yet seen included. */
  readonly #pausedTopics = new Set<string>();
  readonly #run: RunBatch;
  readonly #concurrency: number;
  readonly #flow: (flowing: boolean) => void;
  #active = 0;
  #flowing = true;
  #idle: Array<() => void> = [];

  constructor(run: RunBatch, concurrency: number, flow: (flowing: boolean) => void) {
    this.#run = run;
    this.#concurrency = concurrency;
    this.#flow = flow;
  }

  push(message: Message): void {
    const queue = this.#queue(message.topic, message.partition);
    const last = queue.messages.at(-1);
    if (last !== undefined && last.offset >= message.offset)
      queue.messages.length = queue.messages.findIndex((m) => m.offset >= message.offset);
    queue.messages.push(message);
    this.#pump();
  }

  /** Puts a batch's unresolved messages back in front of the partition's queue, to be handed over again. */
  requeue(topic: string, partition: number, messages: readonly Message[]): void {
    if (messages.length === 0) return;
    const queue = this.#queue(topic, partition);
    const first = queue.messages[0];
    queue.messages = [...messages.filter((m) => first === undefined || m.offset < first.offset), ...queue.messages];
  }

  pause(topic: string, partitions?: readonly number[]): void {
    if (partitions === undefined) this.#pausedTopics.add(topic);
    for (const queue of this.#matching(topic, partitions)) queue.paused = true;
    this.#pump();
  }

  resume(topic: string, partitions?: readonly number[]): void {
    if (partitions === undefined) this.#pausedTopics.delete(topic);
    for (const queue of this.#matching(topic, partitions)) queue.paused = false;
    this.#pump();
  }

  /** Drops every queued message (the stream is reopened at the committed offsets). */
  clear(): void {
    for (const queue of this.#queues.values()) queue.messages = [];
    this.#pump();
  }

  /** Settles once no batch is running. */
  idle(): Promise<void> {
    if (this.#active === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  #queue(topic: string, partition: number): Queue {
    const key = `${topic}|${partition}`;
    let queue = this.#queues.get(key);
    if (queue === undefined) {
      queue = { topic, partition, messages: [], paused: this.#pausedTopics.has(topic), busy: false };
      this.#queues.set(key, queue);
    }
    return queue;
  }

  /** The named partitions (created if unseen, so a pause holds for their first message), else the topic's known ones. */
  #matching(topic: string, partitions?: readonly number[]): Queue[] {
    if (partitions !== undefined) return partitions.map((partition) => this.#queue(topic, partition));
    return [...this.#queues.values()].filter((q) => q.topic === topic);
  }

  #pump(): void {
    for (const queue of this.#queues.values()) {
      if (this.#active >= this.#concurrency) break;
      if (queue.busy || queue.paused || queue.messages.length === 0) continue;
      this.#start(queue);
    }
    const waiting = [...this.#queues.values()].reduce((n, q) => n + (q.paused ? 0 : q.messages.length), 0);
    if (this.#flowing && waiting > HIGH) this.#setFlow(false);
    else if (!this.#flowing && waiting < LOW) this.#setFlow(true);
  }

  #setFlow(flowing: boolean): void {
    this.#flowing = flowing;
    this.#flow(flowing);
  }

  #start(queue: Queue): void {
    const messages = queue.messages.splice(0, MAX_BATCH);
    queue.busy = true;
    this.#active += 1;
    void this.#run(queue.topic, queue.partition, messages).finally(() => {
      queue.busy = false;
      this.#active -= 1;
      if (this.#active === 0) for (const resolve of this.#idle.splice(0)) resolve();
      this.#pump();
    });
  }
}
