import { Counter, Gauge, type Registry } from 'prom-client';

const LAG = 'tianfu_consumer_lag';
const DEAD_LETTERS = 'tianfu_consumer_dead_letters_total';

export type PartitionLabels = { group: string; topic: string; partition: string };

export interface ConsumerMetrics {
  readonly lag: Gauge<keyof PartitionLabels>;
  readonly deadLetters: Counter<'group' | 'topic'>;
}

/** Several consumers in one process share a registry, so each metric is registered once. */
export function consumerMetrics(registry: Registry): ConsumerMetrics {
  const lag = registry.getSingleMetric(LAG);
  const deadLetters = registry.getSingleMetric(DEAD_LETTERS);
  return {
    lag:
      lag instanceof Gauge
        ? lag
        : new Gauge({
            name: LAG,
            help: 'Messages on the partition not yet handled by the group (high watermark - next offset)',
            labelNames: ['group', 'topic', 'partition'],
            registers: [registry],
          }),
    deadLetters:
      deadLetters instanceof Counter
        ? deadLetters
        : new Counter({
            name: DEAD_LETTERS,
            help: 'Messages sent to the dead-letter topic',
            labelNames: ['group', 'topic'],
            registers: [registry],
          }),
  };
}

export interface LagRecorder {
  record(topic: string, partition: number, highWatermark: string, nextOffset: string): void;
  /** A stopped member no longer owns its partitions; a frozen value would mislead the dashboard. */
  clear(): void;
}

export function lagRecorder(lag: ConsumerMetrics['lag'], group: string): LagRecorder {
  const touched = new Map<string, PartitionLabels>();
  return {
    record(topic, partition, highWatermark, nextOffset) {
      const labels = { group, topic, partition: String(partition) };
      touched.set(`${topic}|${partition}`, labels);
      lag.set(labels, Number(BigInt(highWatermark) - BigInt(nextOffset)));
    },
    clear() {
      for (const labels of touched.values()) lag.remove(labels);
      touched.clear();
    },
  };
}
